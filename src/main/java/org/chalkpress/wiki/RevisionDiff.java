package org.chalkpress.wiki;

import static org.chalkpress.platform.web.Html.text;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/** An inline, word-level diff of two versions of a page's Markdown, as escaped HTML lines. */
public final class RevisionDiff {

    /** One line: kept, changed (with &lt;del&gt;/&lt;ins&gt; inside), added or removed. */
    public record Line(String kind, String html) { }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(true)
            .lineNormalizer(line -> line)
            .oldTag(start -> start ? "\u0001" : "\u0002")
            .newTag(start -> start ? "\u0003" : "\u0004")
            .build();

    private RevisionDiff() {
    }

    public static List<Line> between(String older, String newer) {
        List<Line> lines = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(ThreeWayMerge.lines(older), ThreeWayMerge.lines(newer))) {
            String kind = switch (row.getTag()) {
                case EQUAL -> "same";
                case INSERT -> "added";
                case DELETE -> "removed";
                case CHANGE -> "changed";
            };
            lines.add(new Line(kind, marked(row.getOldLine())));
        }
        return lines;
    }

    /** Escapes the text, then turns the generator's markers into tags, so page text can never become markup. */
    private static String marked(String line) {
        return text(line).replace("\u0001", "<del>").replace("\u0002", "</del>")
                .replace("\u0003", "<ins>").replace("\u0004", "</ins>");
    }
}
