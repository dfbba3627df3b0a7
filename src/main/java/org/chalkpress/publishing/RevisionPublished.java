package org.chalkpress.publishing;

import java.util.Map;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.LinkResult;

/**
 * A page's new revision went live through the gate (fired inside the publish transaction), with what the link
 * checker found for its links at publish time (empty when they were not checked).
 */
public record RevisionPublished(ContentKind kind, Long itemId, String siteSlug, String title, String sanitisedHtml,
                                Map<String, LinkResult> linkResults) {

    public RevisionPublished {
        linkResults = linkResults == null ? Map.of() : Map.copyOf(linkResults);
    }

    public RevisionPublished(ContentKind kind, Long itemId, String siteSlug, String title, String sanitisedHtml) {
        this(kind, itemId, siteSlug, title, sanitisedHtml, Map.of());
    }
}
