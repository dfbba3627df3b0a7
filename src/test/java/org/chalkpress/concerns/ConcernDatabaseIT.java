package org.chalkpress.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.notify.NoticeOutbox;
import org.chalkpress.notify.StoredNotice;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.chalkpress.wiki.EditResult;
import org.chalkpress.wiki.WikiEditForm;
import org.chalkpress.wiki.WikiPages;
import org.chalkpress.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reports of concern end to end: the public form, the queue's decisions, and what readers see after each. */
@ExtendWith(ArquillianExtension.class)
class ConcernDatabaseIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    BlogService blog;

    @Inject
    Concerns concerns;

    @Inject
    AuditLog audit;

    @Inject
    NoticeOutbox notices;

    @Inject
    WikiService wiki;

    @Inject
    WikiPages wikiPages;

    @Inject
    SiteDirectory directory;

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private ContentItem published(String title, String audience) {
        ContentItem item = blog.saveDraft(as(DemoPeople.TEACHER), DemoPeople.GRADE4, null,
                new PostForm(title, "<p>" + title + ": what we did today.</p>", "news", audience));
        blog.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE);
        return item;
    }

    private static String postPath(ContentItem item) {
        return "/sites/" + DemoPeople.GRADE4 + "/posts/" + item.slug();
    }

    /** Fills in and sends the real report form, as a browser would (with the form's view state). */
    private static HttpResponse<String> sendReport(Http visitor, String kind, long id, String clause, String reason) {
        String form = visitor.get("/concerns/report?kind=" + kind + "&id=" + id).body();
        Matcher action = Pattern.compile("<form id=\"report\"[^>]*action=\"([^\"]+)\"").matcher(form);
        assertTrue(action.find(), form);
        String body = "report=report&clause=" + Http.encode(clause) + "&reason=" + Http.encode(reason)
                + "&send=Send&jakarta.faces.ViewState=" + Http.encode(Http.viewState(form));
        return visitor.post(action.group(1).replace("&amp;", "&"), FORM, body);
    }

    @Test
    void anAnonymousReportLetsStaffHideThePostEverywhereThenRestoreItAndRemoveItWithAReason() {
        ContentItem post = published("Our pond visit", "public");
        Http visitor = new Http(base.toString());
        String page = visitor.get(postPath(post)).body();
        assertTrue(page.contains("/concerns/report?kind=post&amp;id=" + post.id()), page);

        HttpResponse<String> sent = sendReport(visitor, "post", post.id(), "STUDENT-PRIVACY",
                "It shows a child's full name and street.");
        assertTrue(sent.body().contains("report-sent"), sent.body());

        Concerns.QueueEntry entry = concerns.queue(as(DemoPeople.COMMS)).stream()
                .filter(e -> e.target().id() == post.id()).findFirst().orElseThrow();
        assertEquals("Our pond visit", entry.target().title());
        assertTrue(entry.target().text().contains("what we did today"));
        assertEquals("STUDENT-PRIVACY", entry.concerns().get(0).clause().code());
        assertEquals(null, entry.concerns().get(0).reporterId());

        concerns.hide(as(DemoPeople.COMMS), ContentKind.POST, post.id());
        assertEquals(404, visitor.get(postPath(post)).statusCode());
        assertFalse(visitor.get("/sites/" + DemoPeople.GRADE4 + "/").body().contains("Our pond visit"));
        assertFalse(visitor.get("/sites/" + DemoPeople.GRADE4 + "/feed.atom").body().contains("Our pond visit"));
        assertTrue(concerns.queue(as(DemoPeople.COMMS)).stream().anyMatch(e -> e.target().id() == post.id()
                && e.hidden()), "a hidden post stays in the queue until it is restored or removed");
        assertThrows(NotAllowedException.class, () -> blog.publish(as(DemoPeople.TEACHER), post.id(),
                Acknowledgement.NONE), "the author cannot publish over a hidden post");
        assertEquals(404, visitor.get(postPath(post)).statusCode());

        concerns.restore(as(DemoPeople.COMMS), ContentKind.POST, post.id(), "Checked: no surname or address.");
        assertEquals(200, visitor.get(postPath(post)).statusCode());
        assertTrue(visitor.get("/sites/" + DemoPeople.GRADE4 + "/").body().contains("Our pond visit"));
        assertTrue(visitor.get("/sites/" + DemoPeople.GRADE4 + "/feed.atom").body().contains("Our pond visit"));
        assertTrue(concerns.queue(as(DemoPeople.COMMS)).stream().noneMatch(e -> e.target().id() == post.id()));

        concerns.report(Viewer.anonymous(), "198.51.100.7", ContentKind.POST, post.id(), "CLASSROOM", "");
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> concerns.remove(as(DemoPeople.COMMS), ContentKind.POST, post.id(), " "));
        assertTrue(noReason.getMessage().contains("author is told"));
        concerns.remove(as(DemoPeople.COMMS), ContentKind.POST, post.id(), "The photo shows a student's home.");
        assertEquals(404, visitor.get(postPath(post)).statusCode());
        assertFalse(visitor.get("/sites/" + DemoPeople.GRADE4 + "/feed.atom").body().contains("Our pond visit"));

        List<AuditAction> actions = audit.forItem(post.id()).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of(AuditAction.CONCERN_REPORTED, AuditAction.CONCERN_HIDDEN,
                AuditAction.CONCERN_RESTORED, AuditAction.CONCERN_REMOVED)), actions.toString());
        AuditEntry removed = audit.forItem(post.id()).stream()
                .filter(a -> a.action() == AuditAction.CONCERN_REMOVED).findFirst().orElseThrow();
        assertEquals(DemoPeople.COMMS, removed.actorName());
        assertTrue(removed.detail().contains("student's home"));

        List<String> told = notices.latestFor(as(DemoPeople.TEACHER).id(), 20).stream()
                .map(StoredNotice::subject).toList();
        assertTrue(told.contains("“Our pond visit” is hidden while a concern is reviewed"), told.toString());
        assertTrue(told.contains("“Our pond visit” is back on its pages"), told.toString());
        StoredNotice removal = notices.latestFor(as(DemoPeople.TEACHER).id(), 20).stream()
                .filter(n -> n.subject().contains("was removed")).findFirst().orElseThrow();
        assertTrue(removal.body().contains("The photo shows a student's home."));
    }

    @Test
    void aHiddenWikiPageLeavesTheWikiItsSearchAndRecentChangesUntilRestored() {
        String marker = "Tidepool" + Long.toString(System.nanoTime(), 36);
        EditResult saved = wiki.save(as(DemoPeople.TEACHER), DemoPeople.GRADE4, null, new WikiEditForm(marker,
                "A " + marker + " holds crabs and anemones.", "first", null, "public"), Acknowledgement.NONE);
        assertTrue(saved.published(), saved.message());
        Http visitor = new Http(base.toString());
        String wikiBase = "/sites/" + DemoPeople.GRADE4 + "/wiki/";
        String path = wikiBase + wikiPages.item(directory.site(DemoPeople.GRADE4).orElseThrow(), saved.itemId()).slug();
        assertTrue(visitor.get(wikiBase).body().contains(marker), "on the list of pages");
        assertEquals(200, visitor.get(path).statusCode());
        assertTrue(visitor.get(wikiBase + "-/search?q=" + marker).body().contains(path));
        assertTrue(visitor.get(wikiBase + "-/recent").body().contains(marker));

        concerns.report(Viewer.anonymous(), "198.51.100.20", ContentKind.WIKI_PAGE, saved.itemId(), "CLASSROOM", "");
        concerns.hide(as(DemoPeople.COMMS), ContentKind.WIKI_PAGE, saved.itemId());
        assertEquals(404, visitor.get(path).statusCode());
        assertFalse(visitor.get(wikiBase).body().contains(marker), "off the list of pages");
        assertFalse(visitor.get(wikiBase + "-/search?q=" + marker).body().contains(path), "off the search");
        assertFalse(visitor.get(wikiBase + "-/recent").body().contains(marker), "off recent changes");

        concerns.restore(as(DemoPeople.COMMS), ContentKind.WIKI_PAGE, saved.itemId(), "Fine after all.");
        assertEquals(200, visitor.get(path).statusCode());
        assertTrue(visitor.get(wikiBase).body().contains(marker));
    }

    @Test
    void aClassPageCannotBeReportedByThoseWhoCannotSeeIt() {
        ContentItem post = published("Spelling list for the week", "class");
        Http visitor = new Http(base.toString());
        assertEquals(404, visitor.get("/concerns/report?kind=post&id=" + post.id()).statusCode());
        assertEquals(404, visitor.get("/concerns/report?kind=post&id=999999").statusCode());
        assertThrows(NotFoundException.class, () -> concerns.report(Viewer.anonymous(), "198.51.100.8",
                ContentKind.POST, post.id(), "CLASSROOM", null));

        Concern byParent = concerns.report(as("parent.maya.rivera"), "198.51.100.8", ContentKind.POST, post.id(),
                null, "This mentions my child's reading group.");
        assertNotEquals(null, byParent.reporterId());
        assertThrows(NotFoundException.class, () -> concerns.report(as("parent.elias.kowalski"), "198.51.100.8",
                ContentKind.POST, post.id(), null, "I cannot see this page."));
    }

    @Test
    void aReportNeedsAReasonAndAnonymousReportsAreRateLimited() {
        ContentItem post = published("Art show pictures", "public");
        Http visitor = new Http(base.toString());
        HttpResponse<String> empty = sendReport(visitor, "post", post.id(), "", "");
        assertFalse(empty.body().contains("report-sent"));
        assertTrue(empty.body().contains("describe it in a few words"), empty.body());

        HttpResponse<String> forged = visitor.post("/concerns/report?kind=post&id=" + post.id(), FORM,
                "report=report&clause=CLASSROOM&reason=x&send=Send&jakarta.faces.ViewState=forged");
        assertFalse(forged.body().contains("report-sent"), "a post without the form's own view state is refused");

        for (int i = 0; i < ReportThrottle.ANONYMOUS_PER_HOUR; i++) {
            concerns.report(Viewer.anonymous(), "203.0.113.9", ContentKind.POST, post.id(), "CLASSROOM", null);
        }
        assertThrows(Concerns.TooManyReportsException.class, () -> concerns.report(Viewer.anonymous(),
                "203.0.113.9", ContentKind.POST, post.id(), "CLASSROOM", null));
        concerns.report(Viewer.anonymous(), "203.0.113.10", ContentKind.POST, post.id(), "CLASSROOM", null);
    }

    @Test
    void onlyCommunicationsStaffAndAdministratorsWorkTheQueue() {
        ContentItem post = published("Field day photos", "public");
        concerns.report(Viewer.anonymous(), "198.51.100.20", ContentKind.POST, post.id(), "PHOTO-CONSENT", null);
        assertThrows(NotAllowedException.class, () -> concerns.queue(as(DemoPeople.TEACHER)));
        assertThrows(NotAllowedException.class, () -> concerns.hide(as(DemoPeople.TEACHER), ContentKind.POST,
                post.id()));
        assertEquals(200, new Http(base.toString()).get(postPath(post)).statusCode());
        Http teacher = new Http(base.toString());
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        assertFalse(teacher.get("/admin/concerns").body().contains("Field day photos"));
    }
}
