package org.chalkpress.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "# Plants\nRoots drink water.\nLeaves make food.\nStems hold it up.\nFlowers make seeds.";

    @Test
    void editsOfDifferentLinesCombine() {
        String theirs = BASE.replace("Roots drink water.", "Roots drink water and minerals.");
        String yours = BASE.replace("Flowers make seeds.", "Flowers make seeds and fruit.");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, theirs, yours);

        assertTrue(merged.clean());
        assertEquals("# Plants\nRoots drink water and minerals.\nLeaves make food.\nStems hold it up.\n"
                + "Flowers make seeds and fruit.", merged.text());
    }

    @Test
    void additionsAtBothEndsCombine() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, "Intro\n" + BASE, BASE + "\nThe end.");
        assertTrue(merged.clean());
        assertEquals("Intro\n" + BASE + "\nThe end.", merged.text());
    }

    @Test
    void theSameChangeOnBothSidesIsNotAConflict() {
        String both = BASE.replace("Leaves", "Green leaves");
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, both, both);
        assertTrue(merged.clean());
        assertEquals(both, merged.text());
    }

    @Test
    void differentChangesToTheSameLineConflict() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, BASE.replace("Leaves make food.", "Leaves are green."),
                BASE.replace("Leaves make food.", "Leaves make sugar."));
        assertFalse(merged.clean());
        assertNull(merged.text());
        assertEquals(1, merged.conflicts());
    }

    @Test
    void changesToAdjacentLinesConflictRatherThanGuess() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, BASE.replace("Leaves make food.", "Leaves: food."),
                BASE.replace("Stems hold it up.", "Stems: support."));
        assertFalse(merged.clean());
    }

    @Test
    void oneSideDeletingWhatTheOtherEditedConflicts() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, BASE.replace("Stems hold it up.\n", ""),
                BASE.replace("Stems hold it up.", "Stems hold the plant up."));
        assertFalse(merged.clean());
    }

    @Test
    void diffMarksChangedWordsAndEscapesPageText() {
        List<RevisionDiff.Line> lines = RevisionDiff.between("Bees <b>buzz</b>\nSame", "Bees <b>hum</b>\nSame\nNew");
        assertEquals("changed", lines.get(0).kind());
        assertTrue(lines.get(0).html().contains("<del>buzz</del>"), lines.get(0).html());
        assertTrue(lines.get(0).html().contains("<ins>hum</ins>"), lines.get(0).html());
        assertTrue(lines.get(0).html().contains("&lt;b&gt;"), lines.get(0).html());
        assertEquals("same", lines.get(1).kind());
        assertEquals("added", lines.get(2).kind());
        assertTrue(lines.get(2).html().contains("New"), lines.get(2).html());
    }
}
