package org.chalkpress.comments.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.util.Comparator;
import java.util.List;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;

/** A comment's text with the spans the policy found marked, so the teacher sees exactly what each finding means. */
final class HighlightedText {

    private HighlightedText() {
    }

    static String of(String html, List<Finding> findings) {
        String plain = ContentDocument.parse(html == null ? "" : html).text().stripTrailing();
        StringBuilder out = new StringBuilder(plain.length() + 128);
        int at = 0;
        for (Finding f : findings.stream().sorted(Comparator.comparingInt(f -> f.span().start())).toList()) {
            int start = Math.max(at, Math.min(f.span().start(), plain.length()));
            int end = Math.min(f.span().end(), plain.length());
            if (end <= start) {
                continue;
            }
            out.append(text(plain.substring(at, start)))
                    .append("<mark class=\"cp-mark cp-mark--").append(f.severity().name().toLowerCase())
                    .append("\" title=\"").append(attr(f.clause().code() + ": " + f.message())).append("\">")
                    .append(text(plain.substring(start, end))).append("</mark>");
            at = end;
        }
        return out.append(text(plain.substring(at))).toString();
    }
}
