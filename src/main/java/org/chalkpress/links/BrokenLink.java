package org.chalkpress.links;

import java.time.OffsetDateTime;
import org.chalkpress.policy.LinkResult;

/** A line of a site's broken-link report: which page, which link, what went wrong and when it was last checked. */
public record BrokenLink(Long itemId, String pageTitle, String url, LinkResult.Outcome result, String reason,
                         OffsetDateTime checkedAt) {
}
