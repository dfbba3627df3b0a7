package org.chalkpress.concerns;

import java.util.Objects;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;

/**
 * What a report of concern is about, as the feature that owns it describes it: where it lives and who may
 * read it (so a report is only possible for someone who can see it), whether readers see it now, and the
 * text communications staff need to judge it.
 *
 * @param shown  readers see it now (published and not hidden or removed)
 * @param path   the reading page, e.g. {@code /sites/grade-4-hill/posts/field-trip}
 */
public record ConcernTarget(ContentKind kind, long id, long siteId, Audience audience, boolean shown, Long authorId,
                            String title, String text, String path) {

    public ConcernTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
