package org.chalkpress.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Line-based three-way merge of two edits made from the same base text. Changes that touch different lines
 * combine; changes to the same or adjacent lines are a conflict, which is never resolved by guessing.
 */
public final class ThreeWayMerge {

    /** The merged text when the edits combine cleanly; otherwise empty, with the number of clashing places. */
    public record Result(boolean clean, String text, int conflicts) { }

    private record Change(boolean ours, int start, int end, List<String> lines) { }

    private ThreeWayMerge() {
    }

    public static Result merge(String base, String theirs, String yours) {
        List<String> baseLines = lines(base);
        List<String> theirLines = lines(theirs);
        List<String> yourLines = lines(yours);
        List<Change> changes = new ArrayList<>();
        changes.addAll(changes(baseLines, theirLines, false));
        changes.addAll(changes(baseLines, yourLines, true));
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

        List<String> out = new ArrayList<>();
        int position = 0;
        int conflicts = 0;
        int i = 0;
        while (i < changes.size()) {
            List<Change> group = new ArrayList<>();
            group.add(changes.get(i));
            int groupStart = changes.get(i).start();
            int groupEnd = changes.get(i).end();
            i++;
            while (i < changes.size() && touches(changes.get(i), groupStart, groupEnd)) {
                groupEnd = Math.max(groupEnd, changes.get(i).end());
                group.add(changes.get(i));
                i++;
            }
            out.addAll(baseLines.subList(position, groupStart));
            List<String> theirVersion = apply(baseLines, groupStart, groupEnd, group, false);
            List<String> yourVersion = apply(baseLines, groupStart, groupEnd, group, true);
            boolean theyChanged = group.stream().anyMatch(c -> !c.ours());
            boolean youChanged = group.stream().anyMatch(Change::ours);
            if (theyChanged && youChanged && !theirVersion.equals(yourVersion)) {
                conflicts++;
            }
            out.addAll(youChanged ? yourVersion : theirVersion);
            position = groupEnd;
        }
        out.addAll(baseLines.subList(position, baseLines.size()));
        return conflicts > 0 ? new Result(false, null, conflicts) : new Result(true, String.join("\n", out), 0);
    }

    /** Two edits clash when they overlap, meet, or insert at the same place. */
    private static boolean touches(Change change, int groupStart, int groupEnd) {
        return change.start() <= groupEnd && change.end() >= groupStart;
    }

    private static List<String> apply(List<String> base, int start, int end, List<Change> group, boolean ours) {
        List<String> out = new ArrayList<>();
        int position = start;
        for (Change change : group) {
            if (change.ours() != ours) {
                continue;
            }
            out.addAll(base.subList(position, change.start()));
            out.addAll(change.lines());
            position = change.end();
        }
        out.addAll(base.subList(position, end));
        return out;
    }

    private static List<Change> changes(List<String> base, List<String> edited, boolean ours) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, edited).getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(ours, start, start + delta.getSource().size(), delta.getTarget().getLines()));
        }
        return changes;
    }

    static List<String> lines(String text) {
        return Arrays.asList((text == null ? "" : text.replace("\r\n", "\n")).split("\n", -1));
    }
}
