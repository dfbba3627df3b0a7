package org.chalkpress.blog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chalkpress.content.Tags;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Audience;

/** What a teacher typed into the post editor, checked for shape (the gate checks the content). */
public record PostForm(String title, String bodyHtml, String tags, String audience) {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 200_000;

    /** Validates every field at once, so the editor can show each problem beside its field. */
    public Validated validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.put("title", "Give the post a title.");
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.put("title", "The title is " + cleanTitle.length() + " characters long; keep it under " + MAX_TITLE + ".");
        }
        String body = bodyHtml == null ? "" : bodyHtml;
        if (body.length() > MAX_BODY) {
            errors.put("body", "The post is too long (" + body.length() + " characters of HTML); split it into"
                    + " several posts of under " + MAX_BODY + ".");
        }
        Tags parsedTags = null;
        try {
            parsedTags = Tags.parse(tags);
        } catch (IllegalArgumentException e) {
            errors.put("tags", e.getMessage());
        }
        Audience parsedAudience = null;
        if (audience != null && !audience.isBlank()) {
            try {
                parsedAudience = Audience.fromCode(audience);
            } catch (IllegalArgumentException e) {
                errors.put("audience", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Validated(cleanTitle, body, parsedTags, parsedAudience);
    }

    /** The form's values after validation; audience is null when the site's default applies. */
    public record Validated(String title, String bodyHtml, Tags tags, Audience audience) { }
}
