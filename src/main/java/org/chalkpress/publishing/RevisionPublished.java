package org.chalkpress.publishing;

import org.chalkpress.policy.ContentKind;

/** A page's new revision went live through the gate (fired inside the publish transaction). */
public record RevisionPublished(ContentKind kind, Long itemId, String siteSlug, String title, String sanitisedHtml) {
}
