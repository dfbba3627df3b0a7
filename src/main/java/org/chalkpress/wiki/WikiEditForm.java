package org.chalkpress.wiki;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chalkpress.platform.InvalidInputException;

/**
 * What someone typed into the wiki editor: title, Markdown, a short summary of the edit, and the revision
 * they started from (null for a new page), which is how edits made at the same time are noticed.
 */
public record WikiEditForm(String title, String markdown, String summary, Long baseRevisionId) {

    static final int MAX_MARKDOWN = 200_000;
    static final int MAX_SUMMARY = 300;

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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Validated(pageTitle, text, cleanSummary.isEmpty() ? null : cleanSummary);
    }

    public record Validated(PageTitle title, String markdown, String summary) { }
}
