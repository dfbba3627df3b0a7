package org.chalkpress.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.platform.web.Html;

/**
 * The HTML half of every e-mail, sent as multipart/alternative beside the plain text, which stays the reference:
 * the district's name on top, the same paragraphs with their links made clickable, the signature small. Only
 * escaped text and links, so a mail program shows exactly what the plain text says.
 */
final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String SIGNATURE = "\n-- \n";

    private MailHtml() {
    }

    static String of(String districtName, String subject, String plainText) {
        String text = plainText.replace("\r\n", "\n");
        int signature = text.indexOf(SIGNATURE);
        String body = signature < 0 ? text : text.substring(0, signature);
        String footer = signature < 0 ? "" : text.substring(signature + SIGNATURE.length());
        StringBuilder out = new StringBuilder(text.length() * 2 + 512);
        out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(Html.text(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">")
                .append("<p style=\"font-weight:bold;font-size:larger\">").append(Html.text(districtName))
                .append("</p>");
        for (String paragraph : body.strip().split("\n{2,}")) {
            out.append("<p>").append(lines(paragraph)).append("</p>");
        }
        if (!footer.isBlank()) {
            out.append("<hr><p style=\"font-size:smaller;color:#555\">").append(lines(footer.strip())).append("</p>");
        }
        return out.append("</body></html>").toString();
    }

    /** Escaped text, line breaks kept, each web address a link (without a sentence's closing punctuation). */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && ".,;:)!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(link.start(), end);
            out.append(escaped(text.substring(at, link.start()))).append("<a href=\"").append(Html.attr(url))
                    .append("\">").append(Html.text(url)).append("</a>");
            at = end;
        }
        return out.append(escaped(text.substring(at))).toString();
    }

    private static String escaped(String text) {
        return Html.text(text).replace("\n", "<br>");
    }
}
