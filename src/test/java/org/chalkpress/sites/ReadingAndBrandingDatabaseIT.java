package org.chalkpress.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading pages as visitors get them: branding, the official mark, privacy, caching and the feed. */
@ExtendWith(ArquillianExtension.class)
class ReadingAndBrandingDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    @Inject
    SiteAdministration administration;

    @Inject
    SiteDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    BlogService blog;

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private ContentItem published(String title, String audience) {
        ContentItem item = blog.saveDraft(as(DemoPeople.TEACHER), DemoPeople.GRADE4, null,
                new PostForm(title, "<p>" + title + " body.</p>", "news", audience));
        blog.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE);
        return item;
    }

    @Test
    void onlyCommunicationsStaffMarkASiteOfficialAndTheBadgeReplacesTheDisclaimer() {
        ClassSite site = directory.site(DemoPeople.BIOLOGY).orElseThrow();
        Http visitor = new Http(base.toString());
        String before = visitor.get("/sites/" + DemoPeople.BIOLOGY + "/").body();
        assertTrue(before.contains("cp-disclaimer"));
        assertFalse(before.contains("cp-badge"));

        assertThrows(NotAllowedException.class,
                () -> administration.markOfficial(as(DemoPeople.OTHER_TEACHER), site.id(), true));
        administration.markOfficial(as(DemoPeople.COMMS), site.id(), true);

        String after = visitor.get("/sites/" + DemoPeople.BIOLOGY + "/").body();
        assertTrue(after.contains("class=\"cp-badge\""), after);
        assertFalse(after.contains("cp-disclaimer"));
        assertEquals(AuditAction.SITE_MARKED_OFFICIAL, audit.latest(1).get(0).action());
        administration.markOfficial(as(DemoPeople.COMMS), site.id(), false);
    }

    @Test
    void eachSchoolsSitesWearTheSchoolTheme() {
        String maple = new Http(base.toString()).get("/sites/" + DemoPeople.GRADE4 + "/").body();
        String high = new Http(base.toString()).get("/sites/" + DemoPeople.BIOLOGY + "/").body();
        assertTrue(maple.contains("/theme/maple-elementary/logo.svg"), maple);
        assertTrue(high.contains("/theme/district/logo.svg"), high);
        assertEquals(200, new Http(base.toString()).get("/theme/maple-elementary/logo.svg").statusCode());
        assertEquals(404, new Http(base.toString()).get("/theme/district/..%2Fdistrict%2Ftheme.properties").statusCode());
    }

    @Test
    void aClassPostIsIndistinguishableFromAMissingOneForVisitorsAndNoSessionIsCreated() {
        ContentItem classPost = published("Class only news", "class");
        Http visitor = new Http(base.toString());
        HttpResponse<String> hidden = visitor.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + classPost.slug());
        HttpResponse<String> missing = visitor.get("/sites/" + DemoPeople.GRADE4 + "/posts/no-such-post");
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.statusCode(), hidden.statusCode());
        assertEquals(missing.body().replace("no-such-post", ""), hidden.body().replace(classPost.slug(), ""));
        HttpResponse<String> home = visitor.get("/sites/" + DemoPeople.GRADE4 + "/");
        assertFalse(home.body().contains("Class only news"));
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "anonymous reading creates no session");

        Http parent = new Http(base.toString());
        parent.signIn("parent.maya.rivera", DemoPeople.PASSWORD);
        assertEquals(200, parent.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + classPost.slug()).statusCode());
    }

    @Test
    void pagesAnswerConditionalRequestsWith304UntilTheSiteChanges() {
        published("Conditional one", "public");
        Http visitor = new Http(base.toString());
        HttpResponse<String> first = visitor.get("/sites/" + DemoPeople.GRADE4 + "/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());

        HttpResponse<String> again = visitor.send(visitor.request("/sites/" + DemoPeople.GRADE4 + "/")
                .header("If-None-Match", etag).GET());
        assertEquals(304, again.statusCode());

        published("Conditional two", "public");
        HttpResponse<String> changed = visitor.send(visitor.request("/sites/" + DemoPeople.GRADE4 + "/")
                .header("If-None-Match", etag).GET());
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("Conditional two"));
    }

    @Test
    void theAtomFeedListsWhatTheReaderMaySee() {
        published("Feed public post", "public");
        published("Feed class post", "class");
        HttpResponse<String> feed = new Http(base.toString()).get("/sites/" + DemoPeople.GRADE4 + "/feed.atom");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), feed.body());
        assertTrue(feed.body().contains("Feed public post"));
        assertFalse(feed.body().contains("Feed class post"));
    }

    @Test
    void tagPagesListTheTaggedPosts() {
        published("Tagged story", "public");
        String page = new Http(base.toString()).get("/sites/" + DemoPeople.GRADE4 + "/tags/news").body();
        assertTrue(page.contains("Tagged story"));
        assertTrue(page.contains("Posts tagged"));
    }
}
