package org.chalkpress.blog.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.chalkpress.blog.PostView;
import org.chalkpress.sites.ClassSite;

/** A class blog's Atom feed, written with ROME. */
final class AtomFeed {

    private AtomFeed() {
    }

    static String render(String baseUrl, ClassSite site, List<PostView> posts) {
        String siteUrl = baseUrl + "/sites/" + site.slug() + "/";
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(site.title());
        feed.setUri("tag:chalkpress," + site.createdAtYear() + ":site:" + site.id());
        feed.setLink(siteUrl);
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(siteUrl + "feed.atom");
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(siteUrl);
        feed.setLinks(List.of(self, alternate));
        feed.setPublishedDate(posts.isEmpty() ? new Date(0) : Date.from(posts.get(0).updatedAt().toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (PostView post : posts) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(post.title());
            entry.setUri("tag:chalkpress," + site.createdAtYear() + ":post:" + post.itemId());
            entry.setLink(siteUrl + "posts/" + post.slug());
            entry.setAuthor(post.authorName());
            entry.setPublishedDate(Date.from(post.publishedAt().toInstant()));
            entry.setUpdatedDate(Date.from(post.updatedAt().toInstant()));
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(post.bodyHtml());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed of " + site.slug(), e);
        }
    }
}
