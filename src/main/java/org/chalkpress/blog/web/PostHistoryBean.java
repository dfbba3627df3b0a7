package org.chalkpress.blog.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chalkpress.blog.BlogService;
import org.chalkpress.content.Revision;
import org.chalkpress.people.CurrentViewer;
import org.jsoup.Jsoup;
import org.chalkpress.platform.web.FacesFeedback;

/** A post's published revisions (teach/post-history.xhtml) and what changed between two of them. */
@Named
@RequestScoped
public class PostHistoryBean {

    @Inject
    BlogService blog;

    @Inject
    CurrentViewer currentViewer;

    private Long id;
    private Integer from;
    private Integer to;
    private List<Revision> revisions = List.of();

    /** One line of the diff view: kept, added or removed text. */
    public record DiffLine(String kind, String text) { }

    public void load() throws IOException {
        try {
            revisions = blog.history(currentViewer.viewer(), id);
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
            return;
        }
        if (to == null && !revisions.isEmpty()) {
            to = revisions.get(0).number();
        }
        if (from == null && revisions.size() > 1) {
            from = revisions.get(1).number();
        }
    }

    public List<DiffLine> getDiff() {
        Revision older = find(from);
        Revision newer = find(to);
        if (newer == null) {
            return List.of();
        }
        List<String> before = older == null ? List.of() : lines(older);
        List<String> after = lines(newer);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<DiffLine> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(new DiffLine("same", before.get(position)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new DiffLine("removed", line)));
            delta.getTarget().getLines().forEach(line -> out.add(new DiffLine("added", line)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            out.add(new DiffLine("same", before.get(position)));
        }
        return out;
    }

    /** A revision's readable text, a paragraph a line, with its title first. */
    private static List<String> lines(Revision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + revision.title());
        var body = Jsoup.parseBodyFragment(revision.bodyHtml()).body();
        body.select("p, li, h2, h3, h4, blockquote, pre, figcaption, td").forEach(e -> e.prepend("\\n"));
        Arrays.stream(body.text().split("\\\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
        return lines;
    }

    private Revision find(Integer number) {
        return number == null ? null
                : revisions.stream().filter(r -> r.number() == number).findFirst().orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public List<Revision> getRevisions() { return revisions; }
}
