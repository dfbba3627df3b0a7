package org.chalkpress.wiki;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Audience;

/**
 * What someone typed into the wiki editor: title, Markdown, a short summary of the edit, and the revision
 * they started from (null for a new page), which is how edits made at the same time are noticed.
 */
public record WikiEditForm(String title, String markdown, String summary, Long baseRevisionId, String audience) {

    static final int MAX_MARKDOWN = 200_000;
    static final int MAX_SUMMARY = 300;

    /** An edit that leaves the page's readers as they are. */
    public WikiEditForm(String title, String markdown, String summary, Long baseRevisionId) {
        this(title, markdown, summary, baseRevisionId, null);
    }

    public Validated validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        PageTitle pageTitle = null;
        try {
            pageTitle = new PageTitle(title);
        } catch (IllegalArgumentException e) {
            errors.put("title", e.getMessage());
        }
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if (text.length() > MAX_MARKDOWN) {
            errors.put("markdown", "The page is too long (" + text.length() + " characters); split it into several"
                    + " pages of under " + MAX_MARKDOWN + ".");
        }
        String cleanSummary = summary == null ? "" : summary.strip();
        if (cleanSummary.length() > MAX_SUMMARY) {
            errors.put("summary", "Keep the edit summary under " + MAX_SUMMARY + " characters.");
        }
        Audience readers = null;
        if (audience != null && !audience.isBlank()) {
            try {
                readers = Audience.fromCode(audience);
            } catch (IllegalArgumentException e) {
                errors.put("audience", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Validated(pageTitle, text, cleanSummary.isEmpty() ? null : cleanSummary, readers);
    }

    /** The form after validation; audience is null when the page keeps its readers. */
    public record Validated(PageTitle title, String markdown, String summary, Audience audience) { }
}
