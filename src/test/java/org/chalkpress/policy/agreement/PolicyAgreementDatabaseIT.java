package org.chalkpress.policy.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Clause AGREEMENT end to end: staff agree to the current policy, and again after every new revision. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyAgreementDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @Inject
    PolicyAgreements agreements;

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

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    @Test
    @Order(1)
    void theDistrictPolicyStartsAtItsInitialReleaseAndTheDemoStaffHaveAgreedToIt() {
        PolicyRevision initial = agreements.current();
        assertEquals("IR", initial.label());
        assertEquals("Initial Release", initial.description());
        assertEquals(LocalDate.of(2011, 12, 12), initial.releasedOn());
        assertTrue(initial.text().contains("SOCIAL MEDIA USE POLICY"));
        assertTrue(agreements.hasAgreedToCurrent(as(DemoPeople.TEACHER).required()));
        assertFalse(reader.page(directory.site(DemoPeople.GRADE4).orElseThrow(), EnumSet.allOf(Audience.class), 1)
                .posts().isEmpty(), "the demo's sample posts are published");
    }

    @Test
    @Order(2)
    void aNewRevisionHoldsATeachersPostUntilTheyAgreeToIt() {
        agreements.publish(as("admin"), "R1", LocalDate.of(2025, 9, 1), "Adds podcasts and microblogging",
                "SOCIAL MEDIA USE POLICY (revised)\n\nEmployees agree to these expectations.");
        assertEquals("R1", agreements.current().label());
        Viewer teacher = as(DemoPeople.TEACHER);
        assertFalse(agreements.hasAgreedToCurrent(teacher.required()));

        ContentItem draft = blog.saveDraft(teacher, DemoPeople.GRADE4, null,
                new PostForm("Library day", "<p>Library books are due on Friday.</p>", "", "class"));
        PublishOutcome<Revision> held = blog.publish(teacher, draft.id(), Acknowledgement.WARNINGS);
        assertFalse(held.published());
        assertEquals(Verdict.BLOCK, held.decision().verdict());
        assertEquals("AGREEMENT", held.decision().findings().get(0).clause().code());

        agreements.agree(teacher);
        List<AuditEntry> latest = audit.latest(1);
        assertEquals(AuditAction.POLICY_ACKNOWLEDGED, latest.get(0).action());
        assertEquals(DemoPeople.TEACHER, latest.get(0).actorName());
        assertTrue(agreements.hasAgreedToCurrent(teacher.required()));

        assertTrue(blog.publish(teacher, draft.id(), Acknowledgement.NONE).published());
    }

    @Test
    @Order(3)
    void onlyADistrictAdministratorPublishesARevision() {
        assertThrows(NotAllowedException.class, () -> agreements.publish(as(DemoPeople.TEACHER), "R9",
                LocalDate.now(), "Mine", "My own policy"));
        assertThrows(NotAllowedException.class, () -> agreements.publish(as(DemoPeople.COMMS), "R9",
                LocalDate.now(), "Mine", "My own policy"));
        assertEquals("R1", agreements.current().label());
    }

    @Test
    @Order(4)
    void studentsAreNeverAskedToAgree() {
        Viewer student = Viewer.of(accounts.withRole(Role.STUDENT).get(0));
        assertTrue(agreements.hasAgreedToCurrent(student.required()));
        assertThrows(NotAllowedException.class, () -> agreements.agree(student));
    }
}
