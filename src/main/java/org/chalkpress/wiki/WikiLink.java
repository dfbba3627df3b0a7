package org.chalkpress.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code [[Page name]]} or {@code [[Page name|label]]} link as written in a page's Markdown. */
public record WikiLink(String target, String label) {

    static final Pattern SYNTAX = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");

    public WikiLink {
        target = target.strip().replaceAll("\\s+", " ");
        label = label == null || label.isBlank() ? target : label.strip();
    }

    public String targetKey() {
        return PageTitle.keyOf(target);
    }

    /** Every link in a piece of text, in order. */
    public static List<WikiLink> findIn(String text) {
        List<WikiLink> links = new ArrayList<>();
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                links.add(new WikiLink(m.group(1), m.group(2)));
            }
        }
        return links;
    }
}
