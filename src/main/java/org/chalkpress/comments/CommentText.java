package org.chalkpress.comments;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.platform.InvalidInputException;

/**
 * What someone typed as a comment: plain text, one to {@value #MAX_CHARS} characters. Web addresses in it
 * become links (so the gate checks them under clause LINKS); everything else is shown exactly as typed.
 */
public record CommentText(String value) {

    public static final int MAX_CHARS = 2000;

    /** http(s) addresses and bare www. addresses; trailing punctuation belongs to the sentence, not the link. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+?(?=[.,;:!?)\\]]*(?:\\s|$))");

    public CommentText {
        value = value == null ? "" : value.replace("\r\n", "\n").strip();
        if (value.isEmpty()) {
            throw InvalidInputException.of("text", "Write something before you send your comment.");
        }
        if (value.length() > MAX_CHARS) {
            throw InvalidInputException.of("text", "Comments can be up to " + MAX_CHARS + " characters; yours has "
                    + value.length() + ". Please shorten it.");
        }
    }

    /** How many web addresses the comment holds. */
    public int linkCount() {
        Matcher m = ADDRESS.matcher(value);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The text as HTML: paragraphs at blank lines, line breaks kept, addresses as links. */
    public String html() {
        StringBuilder out = new StringBuilder(value.length() + 64);
        for (String paragraph : value.split("\n\\s*\n")) {
            out.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                linkify(out, lines[i]);
            }
            out.append("</p>");
        }
        return out.toString();
    }

    /** For spotting the same comment sent again: case, spacing and punctuation do not count. */
    public String normalised() {
        return value.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }

    private static void linkify(StringBuilder out, String line) {
        Matcher m = ADDRESS.matcher(line);
        int at = 0;
        while (m.find()) {
            out.append(text(line.substring(at, m.start())));
            String address = m.group();
            String href = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
            out.append("<a href=\"").append(attr(href)).append("\" rel=\"nofollow ugc\">").append(text(address))
                    .append("</a>");
            at = m.end();
        }
        out.append(text(line.substring(at)));
    }
}
