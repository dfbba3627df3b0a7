package org.chalkpress.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.wiki.WikiViews.HistoryEntry;
import org.chalkpress.wiki.WikiViews.PageView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Class wikis with real persistence: the gate, students' pending edits, merges, history and renames. */
@ExtendWith(ArquillianExtension.class)
class WikiDatabaseIT {

    /** The first grade 4 student of the demo district. */
    private static final String STUDENT = "maya.rivera";
    private static final Set<Audience> EVERYONE_IN_CLASS = EnumSet.allOf(Audience.class);

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @Inject
    WikiService wiki;

    @Inject
    WikiPages pages;

    @Inject
    WikiSearch search;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    private Viewer teacher() {
        return Viewer.of(accounts.byUsername(DemoPeople.TEACHER).orElseThrow());
    }

    private Viewer student() {
        return Viewer.of(accounts.byUsername(STUDENT).orElseThrow());
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private EditResult teacherWrites(String title, Long itemId, String markdown, Long base) {
        return wiki.save(teacher(), DemoPeople.GRADE4, itemId, new WikiEditForm(title, markdown, "edit", base),
                Acknowledgement.NONE);
    }

    private PageView live(Long itemId) {
        String slug = pages.item(grade4(), itemId).slug();
        return pages.lookup(grade4(), EVERYONE_IN_CLASS, slug).orElseThrow().page();
    }

    @Test
    void aTeachersEditPublishesARevisionWithItsSummary() {
        String title = unique("Water Cycle");
        EditResult result = wiki.save(teacher(), DemoPeople.GRADE4, null,
                new WikiEditForm(title, "Water **evaporates**, then rains.", "First version", null),
                Acknowledgement.NONE);

        assertTrue(result.published(), result.message());
        PageView page = live(result.itemId());
        assertEquals(title, page.title());
        assertEquals("<p>Water <strong>evaporates</strong>, then rains.</p>\n", page.html());
        List<HistoryEntry> history = wiki.history(teacher(), result.itemId());
        assertEquals(1, history.size());
        assertEquals("First version", history.get(0).summary());
        assertEquals(teacher().required().displayName(), history.get(0).authorName());
        assertNull(history.get(0).approverName());
    }

    @Test
    void aStudentsEditWaitsForApprovalAndTheLivePageIsUnchangedUntilThen() {
        wiki.letStudentsEdit(teacher(), grade4(), true);
        EditResult created = teacherWrites(unique("Volcanoes"), null, "Volcanoes erupt.", null);
        String title = live(created.itemId()).title();

        EditResult proposed = wiki.save(student(), DemoPeople.GRADE4, created.itemId(),
                new WikiEditForm(title, "Volcanoes erupt.\n\nLava is hot rock.", "Added lava", created.revisionId()),
                Acknowledgement.NONE);

        assertEquals(EditResult.Outcome.AWAITING_APPROVAL, proposed.outcome());
        assertEquals("<p>Volcanoes erupt.</p>\n", live(created.itemId()).html());
        PendingChange pending = wiki.pendingChanges(teacher(), grade4()).stream()
                .filter(c -> c.id().equals(proposed.pendingChangeId())).findFirst().orElseThrow();
        assertEquals(Verdict.PASS, pending.verdict());
        assertTrue(wiki.diffAgainstLive(teacher(), pending.id()).stream().anyMatch(l -> l.kind().equals("added")
                && l.html().contains("Lava is hot rock.")));

        EditResult approved = wiki.approve(teacher(), pending.id(), Acknowledgement.NONE);

        assertTrue(approved.published(), approved.message());
        assertTrue(live(created.itemId()).html().contains("Lava is hot rock."));
        HistoryEntry latest = wiki.history(teacher(), created.itemId()).get(0);
        assertEquals(student().required().displayName(), latest.authorName());
        assertEquals(teacher().required().displayName(), latest.approverName());
        assertEquals(PendingChange.Status.APPROVED, wiki.pendingChange(teacher(), pending.id()).status());
    }

    @Test
    void aRejectedEditNeedsAReasonAndChangesNothing() {
        wiki.letStudentsEdit(teacher(), grade4(), true);
        EditResult created = teacherWrites(unique("Magnets"), null, "Magnets attract iron.", null);
        String title = live(created.itemId()).title();
        EditResult proposed = wiki.save(student(), DemoPeople.GRADE4, created.itemId(),
                new WikiEditForm(title, "Magnets attract everything.", null, created.revisionId()),
                Acknowledgement.NONE);

        assertThrows(InvalidInputException.class, () -> wiki.reject(teacher(), proposed.pendingChangeId(), " "));
        wiki.reject(teacher(), proposed.pendingChangeId(), "Not everything: try a wooden spoon.");

        PendingChange rejected = wiki.pendingChange(teacher(), proposed.pendingChangeId());
        assertEquals(PendingChange.Status.REJECTED, rejected.status());
        assertEquals("Not everything: try a wooden spoon.", rejected.reason());
        assertEquals("<p>Magnets attract iron.</p>\n", live(created.itemId()).html());
    }

    @Test
    void studentsCannotEditWhenTheWikiIsForTeachersOnlyOrThePageIsProtected() {
        EditResult created = teacherWrites(unique("Rules"), null, "Be kind.", null);
        String title = live(created.itemId()).title();
        WikiEditForm edit = new WikiEditForm(title, "Be kind. No homework.", null, created.revisionId());

        wiki.letStudentsEdit(teacher(), grade4(), false);
        assertThrows(NotAllowedException.class,
                () -> wiki.save(student(), DemoPeople.GRADE4, created.itemId(), edit, Acknowledgement.NONE));
        wiki.letStudentsEdit(teacher(), grade4(), true);
        wiki.protect(teacher(), created.itemId(), true);
        assertThrows(NotAllowedException.class,
                () -> wiki.save(student(), DemoPeople.GRADE4, created.itemId(), edit, Acknowledgement.NONE));
    }

    @Test
    void revertingMakesANewRevisionWithTheOldText() {
        String title = unique("Moon");
        EditResult first = teacherWrites(title, null, "The moon is round.", null);
        EditResult second = teacherWrites(title, first.itemId(), "The moon is cheese.", first.revisionId());

        EditResult reverted = wiki.revert(teacher(), first.itemId(), first.revisionId(), Acknowledgement.NONE);

        assertTrue(reverted.published());
        List<HistoryEntry> history = wiki.history(teacher(), first.itemId());
        assertEquals(3, history.size());
        assertEquals(3, history.get(0).revision().number());
        assertEquals("Reverted to revision 1", history.get(0).summary());
        assertEquals("<p>The moon is round.</p>\n", live(first.itemId()).html());
        assertTrue(wiki.diff(teacher(), first.itemId(), second.revisionId(), reverted.revisionId()).stream()
                .anyMatch(l -> l.html().contains("<del>cheese")));
    }

    @Test
    void anEditFromAStaleRevisionMergesWhenTheLinesDoNotClash() {
        String title = unique("Plants");
        EditResult base = teacherWrites(title, null, "Roots drink.\nLeaves eat.\nStems hold.\nFlowers seed.", null);
        teacherWrites(title, base.itemId(), "Roots drink water.\nLeaves eat.\nStems hold.\nFlowers seed.",
                base.revisionId());

        EditResult mine = teacherWrites(title, base.itemId(), "Roots drink.\nLeaves eat.\nStems hold.\nFlowers seed fruit.",
                base.revisionId());

        assertTrue(mine.published());
        assertTrue(mine.merged());
        assertTrue(mine.message().startsWith("Merged with " + teacher().required().displayName() + "'s changes."),
                mine.message());
        String html = live(base.itemId()).html();
        assertTrue(html.contains("Roots drink water.") && html.contains("Flowers seed fruit."), html);
    }

    @Test
    void anEditFromAStaleRevisionIsRefusedWhenTheSameLinesChanged() {
        String title = unique("Rocks");
        EditResult base = teacherWrites(title, null, "Granite is hard.\nChalk is soft.", null);
        teacherWrites(title, base.itemId(), "Granite is very hard.\nChalk is soft.", base.revisionId());

        WikiConflictException conflict = assertThrows(WikiConflictException.class, () -> teacherWrites(title,
                base.itemId(), "Granite is igneous.\nChalk is soft.", base.revisionId()));

        assertEquals("Granite is very hard.\nChalk is soft.", conflict.theirs());
        assertEquals("Granite is igneous.\nChalk is soft.", conflict.yours());
        assertTrue(conflict.getMessage().contains("changed the same part"));
        assertTrue(live(base.itemId()).html().contains("very hard"));
        assertEquals(2, wiki.history(teacher(), base.itemId()).size());
    }

    @Test
    void aBlockedEditStaysADraftWithItsFindings() {
        String title = unique("Games");
        EditResult first = teacherWrites(title, null, "Play fair.", null);

        EditResult blocked = teacherWrites(title, first.itemId(), "Play the [quiz game](javascript:alert(1)).",
                first.revisionId());

        assertEquals(EditResult.Outcome.HELD, blocked.outcome());
        assertEquals(Verdict.BLOCK, blocked.decision().verdict());
        assertEquals("LINKS", blocked.decision().findings().get(0).clause().code());
        assertEquals("<p>Play fair.</p>\n", live(first.itemId()).html());
        WikiViews.EditorSource source = wiki.editorSource(teacher(), grade4(), first.itemId());
        assertEquals("Play the [quiz game](javascript:alert(1)).", source.markdown());
        assertTrue(source.draftFindings().contains("LINKS"));
        assertEquals(1, wiki.history(teacher(), first.itemId()).size());

        GateDecision checked = wiki.check(teacher(), DemoPeople.GRADE4, first.itemId(), title,
                "<img src=x onerror=alert(1)> [quiz](javascript:alert(1))").decision();
        assertEquals(Verdict.BLOCK, checked.verdict());
        assertFalse(checked.sanitisedHtml().contains("<img"), checked.sanitisedHtml());
        assertFalse(checked.sanitisedHtml().contains("javascript"), checked.sanitisedHtml());

        EditResult brandNew = teacherWrites(unique("Bad"), null, "[x](javascript:alert(1))", null);
        assertEquals(ItemStatus.DRAFT, pages.item(grade4(), brandNew.itemId()).status());
    }

    @Test
    void titlesAreUniquePerSiteWhateverTheirCase() {
        String title = unique("Insects");
        teacherWrites(title, null, "Six legs.", null);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> teacherWrites(title.toUpperCase(), null, "Eight legs.", null));
        assertTrue(e.fieldErrors().get("title").contains("already has a page"), e.getMessage());
    }

    @Test
    void renamingKeepsARedirectAndOldLinksStillArrive() {
        String oldTitle = unique("Butterflys");
        EditResult page = teacherWrites(oldTitle, null, "They fly.", null);
        String oldSlug = pages.item(grade4(), page.itemId()).slug();
        EditResult linking = teacherWrites(unique("Insect index"), null, "See [[" + oldTitle + "]].", null);

        String newTitle = oldTitle.replace("Butterflys", "Butterflies");
        EditResult renamed = teacherWrites(newTitle, page.itemId(), "They fly.", page.revisionId());

        assertTrue(renamed.published());
        String newSlug = pages.item(grade4(), page.itemId()).slug();
        assertFalse(newSlug.equals(oldSlug));
        assertEquals(newSlug, pages.lookup(grade4(), EVERYONE_IN_CLASS, oldSlug).orElseThrow().redirectSlug());
        assertEquals(newTitle, live(page.itemId()).title());
        assertTrue(pages.linksHere(grade4(), EVERYONE_IN_CLASS, page.itemId()).stream()
                .anyMatch(p -> p.itemId().equals(linking.itemId())));
        EditResult again = teacherWrites(unique("Other index"), null, "See [[" + oldTitle + "]].", null);
        assertTrue(live(again.itemId()).html().contains("href=\"/sites/" + DemoPeople.GRADE4 + "/wiki/" + oldSlug + "\""));
    }

    @Test
    void readersSeeOnlyLivePagesForTheirAudience() {
        EditResult page = teacherWrites(unique("Class only"), null, "For the class.", null);
        String slug = pages.item(grade4(), page.itemId()).slug();
        assertTrue(pages.lookup(grade4(), EnumSet.of(Audience.PUBLIC), slug).isEmpty());
        assertTrue(pages.index(grade4(), EVERYONE_IN_CLASS).stream().anyMatch(p -> p.slug().equals(slug)));
        assertTrue(pages.index(grade4(), EnumSet.of(Audience.PUBLIC)).stream().noneMatch(p -> p.slug().equals(slug)));
        assertTrue(pages.recentChanges(grade4(), EVERYONE_IN_CLASS, 50).stream().anyMatch(c -> c.pageSlug().equals(slug)));
    }

    @Test
    void searchRanksTitleMatchesFirstAndMarksTheWords() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        EditResult inText = teacherWrites(unique("Weather"), null, "Clouds bring " + marker + " rain.", null);
        EditResult inTitle = teacherWrites(unique("All about " + marker), null, "The " + marker + " page.", null);

        List<WikiSearch.Hit> hits = search.search(grade4(), EVERYONE_IN_CLASS, marker.toUpperCase());

        assertEquals(2, hits.size());
        assertEquals(live(inTitle.itemId()).title(), hits.get(0).title());
        assertEquals(live(inText.itemId()).title(), hits.get(1).title());
        assertTrue(hits.get(1).excerptHtml().contains("<mark>" + marker + "</mark>"), hits.get(1).excerptHtml());
        assertTrue(search.search(grade4(), EnumSet.of(Audience.PUBLIC), marker).isEmpty());
    }

    @Test
    void aTeacherChoosesReadersAndABlockedEditLeavesThemAsTheyWere() {
        String title = unique("Open day");
        EditResult first = wiki.save(teacher(), DemoPeople.GRADE4, null,
                new WikiEditForm(title, "Visit us.", null, null, "class"), Acknowledgement.NONE);
        String slug = pages.item(grade4(), first.itemId()).slug();
        assertTrue(pages.lookup(grade4(), EnumSet.of(Audience.PUBLIC), slug).isEmpty());

        EditResult blocked = wiki.save(teacher(), DemoPeople.GRADE4, first.itemId(),
                new WikiEditForm(title, "[Visit](javascript:alert(1))", null, first.revisionId(), "public"),
                Acknowledgement.NONE);
        assertEquals(EditResult.Outcome.HELD, blocked.outcome());
        assertTrue(pages.lookup(grade4(), EnumSet.of(Audience.PUBLIC), slug).isEmpty(), "still class only");

        wiki.save(teacher(), DemoPeople.GRADE4, first.itemId(),
                new WikiEditForm(title, "Visit us on Friday.", null, first.revisionId(), "public"), Acknowledgement.NONE);
        assertEquals(Audience.PUBLIC, pages.lookup(grade4(), EnumSet.of(Audience.PUBLIC), slug).orElseThrow().page().audience());
    }

    @Test
    void rejectingAStudentsNewPageFreesItsTitle() {
        wiki.letStudentsEdit(teacher(), grade4(), true);
        String title = unique("Dinosaurs");
        EditResult proposed = wiki.save(student(), DemoPeople.GRADE4, null,
                new WikiEditForm(title, "Big lizards.", "New page", null), Acknowledgement.NONE);
        assertEquals(EditResult.Outcome.AWAITING_APPROVAL, proposed.outcome());
        assertTrue(pages.index(grade4(), EVERYONE_IN_CLASS).stream().noneMatch(p -> p.title().equals(title)));

        wiki.reject(teacher(), proposed.pendingChangeId(), "Dinosaurs are not lizards; have another look.");

        assertTrue(teacherWrites(title, null, "Dinosaurs lived long ago.", null).published());
    }
}
