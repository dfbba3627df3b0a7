package org.chalkpress.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publish gate with real persistence: what is stored, what is refused, what the audit log says. */
@ExtendWith(ArquillianExtension.class)
class PublishGateDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @Inject
    BlogService blog;

    @Inject
    BlogReader reader;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    private Viewer teacher() {
        return Viewer.of(accounts.byUsername(DemoPeople.TEACHER).orElseThrow());
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    @Test
    void aBlockedDraftIsKeptWithItsFindingsAndNothingGoesLive() {
        String body = "<p>Play the <a href=\"javascript:alert(1)\">quiz game</a> tonight.</p>";
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Homework game", body, "homework", "public"));

        PublishOutcome<Revision> outcome = blog.publish(teacher(), draft.id(), Acknowledgement.WARNINGS);

        assertFalse(outcome.published());
        assertEquals(Verdict.BLOCK, outcome.decision().verdict());
        assertEquals("LINKS", outcome.decision().findings().get(0).clause().code());
        assertEquals("quiz game", outcome.decision().findings().get(0).excerpt());
        ContentItem kept = blog.editable(teacher(), draft.id());
        assertEquals(body, kept.draftBody());
        assertEquals(ItemStatus.DRAFT, kept.status());
        assertEquals(Verdict.BLOCK, kept.draftVerdict());
        assertTrue(reader.post(grade4(), java.util.EnumSet.allOf(Audience.class), kept.slug()).isEmpty());
        List<AuditEntry> log = audit.forItem(draft.id());
        assertEquals(AuditAction.PUBLISH_BLOCKED, log.get(log.size() - 1).action());
        assertEquals("LINKS", log.get(log.size() - 1).clauses());
    }

    @Test
    void publishingStoresASanitisedRevisionAndEachRepublishAddsOne() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, new PostForm("Leaf collection",
                "<p onclick=\"steal()\">Bring <b>five</b> leaves.</p><script>alert(1)</script>", "science", "class"));

        PublishOutcome<Revision> first = blog.publish(teacher(), draft.id(), Acknowledgement.NONE);
        assertTrue(first.published());
        assertEquals(1, first.result().number());
        assertEquals("<p>Bring <b>five</b> leaves.</p>", first.result().bodyHtml());

        blog.saveDraft(teacher(), DemoPeople.GRADE4, draft.id(),
                new PostForm("Leaf collection", "<p>Bring six leaves.</p>", "science", "class"));
        PublishOutcome<Revision> second = blog.publish(teacher(), draft.id(), Acknowledgement.NONE);
        assertEquals(2, second.result().number());
        assertEquals(2, blog.history(teacher(), draft.id()).size());

        AuditEntry last = audit.forItem(draft.id()).get(audit.forItem(draft.id()).size() - 1);
        assertEquals(AuditAction.PUBLISHED, last.action());
        assertEquals(second.result().id(), last.revisionId());
        assertEquals(DemoPeople.TEACHER, last.actorName());
    }

    @Test
    void unpublishingHidesThePostButKeepsItsHistory() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Picture day", "<p>Picture day is Tuesday.</p>", "", "public"));
        blog.publish(teacher(), draft.id(), Acknowledgement.NONE);
        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC), draft.slug()).isPresent());

        blog.unpublish(teacher(), draft.id());

        assertTrue(reader.post(grade4(), java.util.EnumSet.allOf(Audience.class), draft.slug()).isEmpty());
        assertEquals(ItemStatus.UNPUBLISHED, blog.editable(teacher(), draft.id()).status());
        assertEquals(1, blog.history(teacher(), draft.id()).size());
    }

    @Test
    void classPostsAreReadOnlyByTheClassAndItsFamilies() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Class news", "<p>We planted tulips.</p>", "", "class"));
        blog.publish(teacher(), draft.id(), Acknowledgement.NONE);

        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC, Audience.DISTRICT), draft.slug()).isEmpty());
        assertTrue(reader.post(grade4(), java.util.EnumSet.allOf(Audience.class), draft.slug()).isPresent());
    }

    @Test
    void widerAudienceInADraftTakesEffectOnlyWhenPublished() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Reading log", "<p>Class reading log.</p>", "", "class"));
        blog.publish(teacher(), draft.id(), Acknowledgement.NONE);

        blog.saveDraft(teacher(), DemoPeople.GRADE4, draft.id(),
                new PostForm("Reading log", "<p>Class reading log.</p>", "", "public"));
        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC), draft.slug()).isEmpty(),
                "the live class post must not become public before the gate publishes the change");

        blog.publish(teacher(), draft.id(), Acknowledgement.NONE);
        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC), draft.slug()).isPresent());
    }

    @Test
    void onlyTheClassTeachersMayWrite() {
        Viewer otherTeacher = Viewer.of(accounts.byUsername(DemoPeople.OTHER_TEACHER).orElseThrow());
        Viewer student = Viewer.of(accounts.withRole(Role.STUDENT).get(0));
        PostForm form = new PostForm("Hello", "<p>Hi</p>", "", "class");

        assertThrows(RuntimeException.class, () -> blog.saveDraft(otherTeacher, DemoPeople.GRADE4, null, form));
        assertThrows(RuntimeException.class, () -> blog.saveDraft(student, DemoPeople.GRADE4, null, form));
        ContentItem mine = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, form);
        assertThrows(NotFoundException.class, () -> blog.publish(otherTeacher, mine.id(), Acknowledgement.NONE));
    }

    @Test
    void aScheduledPostGoesOutThroughTheGateWhenItIsDue() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Book fair", "<p>The book fair opens Monday.</p>", "events", "public"));
        java.time.OffsetDateTime inAnHour = org.chalkpress.platform.Clock.now().plusHours(1);

        blog.schedule(teacher(), draft.id(), inAnHour, false);
        assertEquals(ItemStatus.SCHEDULED, blog.editable(teacher(), draft.id()).status());
        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC), draft.slug()).isEmpty());

        blog.publishDue(inAnHour.plusMinutes(1));

        assertEquals(ItemStatus.PUBLISHED, blog.editable(teacher(), draft.id()).status());
        assertTrue(reader.post(grade4(), java.util.EnumSet.of(Audience.PUBLIC), draft.slug()).isPresent());
        assertEquals(AuditAction.PUBLISHED, audit.forItem(draft.id()).get(audit.forItem(draft.id()).size() - 1).action());
    }

    @Test
    void onlyCommunicationsStaffOverrideABlockAndTheirReasonIsRecorded() {
        String body = "<p>Maya Rivera got a D on the spelling test.</p>";
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Override case", body, "", "class"));
        Acknowledgement justified = new Acknowledgement(true, "Parent asked us to share this result with the class.");

        assertFalse(blog.publish(teacher(), draft.id(), justified).published());

        Viewer comms = Viewer.of(accounts.byUsername(DemoPeople.COMMS).orElseThrow());
        PublishOutcome<Revision> overridden = blog.publish(comms, draft.id(), justified);
        assertTrue(overridden.published());
        AuditEntry entry = audit.forItem(draft.id()).get(audit.forItem(draft.id()).size() - 1);
        assertEquals(AuditAction.BLOCK_OVERRIDDEN, entry.action());
        assertEquals(DemoPeople.COMMS, entry.actorName());
        assertTrue(entry.detail().contains("Parent asked us"), entry.detail());
        assertTrue(entry.clauses().contains("STUDENT-PRIVACY"));
    }

    @Test
    void aPostCannotBeScheduledInThePast() {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null,
                new PostForm("Late", "<p>x</p>", "", "class"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> blog.schedule(teacher(),
                draft.id(), org.chalkpress.platform.Clock.now().minusMinutes(5), false));
        assertTrue(e.fieldErrors().containsKey("scheduledFor"));
    }

    @Test
    void badFormInputIsRefusedFieldByFieldAndSavesNothing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> blog.saveDraft(teacher(),
                DemoPeople.GRADE4, null, new PostForm(" ", "<p>x</p>", "", "everyone")));
        assertTrue(e.fieldErrors().containsKey("title"));
        assertTrue(e.fieldErrors().containsKey("audience"));
    }
}
