package org.chalkpress.podcast.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.media.web.ByteRangeResponse;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.podcast.EpisodeSearch;
import org.chalkpress.podcast.ParentFeeds;
import org.chalkpress.podcast.PodcastFeed;
import org.chalkpress.podcast.PodcastReader;
import org.chalkpress.podcast.PodcastReader.Listening;
import org.chalkpress.podcast.ShowCover;
import org.chalkpress.podcast.Transcript;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.theme.CssColor;
import org.chalkpress.sites.theme.Theme;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.sites.web.SiteSectionFilter;

/**
 * A class podcast as listeners reach it: /sites/{site}/podcast/ (episodes; ?q= searches titles, notes and
 * transcripts), /podcast/{episode} (player, chapters,
 * transcript), /podcast/feed.xml (RSS for podcast apps: district and public episodes), /podcast/audio/{id}.mp3
 * (byte ranges) and /podcast/{episode}/transcript. A parent's private address
 * /podcast/private/{token}/… answers the same for the class-audience episodes, without signing in. An episode
 * the listener may not hear answers exactly as one that does not exist; a withdrawn one's audio is 410 Gone.
 */
@WebFilter("/sites/*")
public class PodcastReadingFilter extends SiteSectionFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PRIVATE = Pattern.compile("private/([A-Za-z0-9_-]{43})/(.*)");
    private static final Pattern AUDIO = Pattern.compile("audio/([0-9]{1,18})\\.(mp3|m4a)");
    private static final Pattern TRANSCRIPT = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)/transcript");
    private static final Pattern EPISODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<Audience> FEED_AUDIENCES = EnumSet.of(Audience.DISTRICT, Audience.PUBLIC);

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    PodcastReader reader;

    @Inject
    ParentFeeds parentFeeds;

    @Inject
    EpisodeSearch search;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    BlobStore store;

    @Inject
    ChalkpressConfig config;

    /** Who is listening and what they may hear; {@code base} is where the podcast's addresses start for them. */
    private record Listener(Viewer viewer, Set<Audience> audiences, String base, boolean privateFeed) { }

    public PodcastReadingFilter() {
        super("podcast");
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, ClassSite site, String rest)
            throws IOException {
        String base = home(site);
        Listener listener;
        Matcher p = PRIVATE.matcher(rest);
        if (p.matches()) {
            Optional<Account> parent = parentFeeds.parentFor(site, p.group(1));
            if (parent.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Viewer viewer = Viewer.of(parent.get());
            listener = new Listener(viewer, access.readableAudiences(viewer, site),
                    base + "private/" + p.group(1) + "/", true);
            rest = p.group(2);
        } else {
            Viewer viewer = currentViewer.viewer();
            listener = new Listener(viewer, access.readableAudiences(viewer, site), base, false);
        }
        response.setHeader("Cache-Control", listener.viewer().signedIn() ? "private, no-cache" : "public, no-cache");
        answer(request, response, site, listener, rest);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ClassSite site, Listener listener,
                        String rest) throws IOException {
        Matcher audio = AUDIO.matcher(rest);
        Matcher transcript = TRANSCRIPT.matcher(rest);
        String query = request.getParameter("q");
        if (rest.isEmpty() && !listener.privateFeed() && query != null && !query.isBlank()) {
            html(response, site, listener.viewer(), "Search · Podcast · " + site.title(),
                    PodcastPages.results(site, query.strip(), search.search(site, listener.audiences(), query)));
        } else if (rest.isEmpty() && !listener.privateFeed()) {
            html(response, site, listener.viewer(), "Podcast · " + site.title(),
                    PodcastPages.list(site, reader.onAir(site, listener.audiences()), listener.base() + "feed.xml"));
        } else if (rest.equals("feed.xml")) {
            feed(response, site, listener);
        } else if (rest.equals("cover.png")) {
            cover(response, site);
        } else if (audio.matches()) {
            audio(request, response, site, listener, Long.parseLong(audio.group(1)));
        } else if (transcript.matches()) {
            transcript(response, site, listener, transcript.group(1));
        } else if (EPISODE.matcher(rest).matches() && !listener.privateFeed()) {
            Optional<Listening> episode = reader.episode(site, listener.audiences(), rest);
            if (episode.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            html(response, site, listener.viewer(), episode.get().revision().title() + " · " + site.title(),
                    PodcastPages.episode(site, episode.get(), audioHref(listener, episode.get())));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** What a show cover shows: it is drawn again only when one of these changes. */
    private record CoverKey(String title, String byline, int background, int foreground) { }

    /**
     * Drawn covers: drawing and encoding one costs about as much processor time as a hundred page views, and
     * anyone who can read the feed can ask for it.
     */
    private final Cache<CoverKey, byte[]> covers = Caffeine.newBuilder().maximumSize(200).build();

    /** The show's image when no episode has cover art (see {@link ShowCover}), as visible as the feed itself. */
    private void cover(HttpServletResponse response, ClassSite site) throws IOException {
        Theme theme = branding.themeFor(site);
        CssColor background = theme.primaryColor();
        boolean light = background.contrastWith(new CssColor("#000000")) > background.contrastWith(new CssColor("#ffffff"));
        byte[] png = covers.get(new CoverKey(site.title(), theme.shortName() + " · Podcast", background.rgb(),
                light ? 0x000000 : 0xFFFFFF), k -> ShowCover.render(k.title(), k.byline(), k.background(), k.foreground()));
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    private void feed(HttpServletResponse response, ClassSite site, Listener listener) throws IOException {
        Set<Audience> audiences = EnumSet.copyOf(listener.audiences());
        if (!listener.privateFeed()) {
            // The address anyone can subscribe to never carries class-only episodes; parents have their own.
            audiences.retainAll(FEED_AUDIENCES);
        }
        List<Listening> episodes = audiences.isEmpty() ? List.of() : reader.onAir(site, audiences);
        String root = config.baseUrl();
        List<Account> teachers = directory.teachersOf(site.id());
        String author = teachers.isEmpty() ? site.title()
                : String.join(", ", teachers.stream().map(Account::displayName).toList());
        String ownerEmail = teachers.stream().map(Account::email).filter(e -> e != null && !e.isBlank())
                .findFirst().orElse("podcasts@" + URI.create(root).getHost());
        String image = episodes.stream().map(l -> l.episode().coverMediaId()).filter(id -> id != null)
                .findFirst().map(id -> root + "/media/" + site.slug() + "/" + id)
                .orElse(root + listener.base() + "cover.png");
        PodcastFeed.Show show = new PodcastFeed.Show(site.title() + " podcast", root + "/sites/" + site.slug()
                + "/podcast/", root + listener.base() + "feed.xml", "Episodes recorded by the class " + site.title()
                + ".", "en-us", author, teachers.isEmpty() ? site.title() : teachers.get(0).displayName(),
                ownerEmail, image, "Education", null, false);
        List<PodcastFeed.Item> items = episodes.stream().map(l -> new PodcastFeed.Item(
                "urn:chalkpress:episode:" + l.item().id(), l.revision().title(),
                root + "/sites/" + site.slug() + "/podcast/" + l.item().slug(),
                PodcastFeed.absoluteLinks(l.revision().bodyHtml(), root),
                l.item().firstPublishedAt(), root + audioHref(listener, l), l.episode().audioBytes(),
                l.episode().audioType(), l.episode().durationSeconds(), l.episode().season(), l.episode().number(),
                l.episode().coverMediaId() == null ? null : root + "/media/" + site.slug() + "/" + l.episode().coverMediaId(),
                l.episode().hasTranscript() ? root + listener.base() + l.item().slug() + "/transcript" : null,
                l.episode().transcriptFormat().map(Transcript.Format::mediaType).orElse(null))).toList();
        byte[] xml = PodcastFeed.write(show, items);
        response.setContentType("application/rss+xml;charset=UTF-8");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    private void audio(HttpServletRequest request, HttpServletResponse response, ClassSite site, Listener listener,
                       long itemId) throws IOException {
        Optional<Listening> episode = reader.episode(site, listener.audiences(), itemId);
        if (episode.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaItem> media = reader.media(episode.get().episode().audioMediaId());
        if (episode.get().withdrawn() || media.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_GONE, "This episode was withdrawn.");
            return;
        }
        boolean everyone = episode.get().audience() == Audience.PUBLIC && !listener.privateFeed();
        ByteRangeResponse.write(request, response, store, new BlobKey(media.get().blobKey()),
                media.get().type().mimeType(), everyone ? "public, no-cache" : "private, no-cache");
    }

    private void transcript(HttpServletResponse response, ClassSite site, Listener listener, String slug)
            throws IOException {
        Optional<Listening> episode = reader.episode(site, listener.audiences(), slug);
        if (episode.isEmpty() || !episode.get().episode().hasTranscript()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (episode.get().withdrawn()) {
            response.sendError(HttpServletResponse.SC_GONE, "This episode was withdrawn.");
            return;
        }
        byte[] body = episode.get().episode().transcriptOriginal().getBytes(StandardCharsets.UTF_8);
        response.setContentType(episode.get().episode().transcriptFormat().orElseThrow().mediaType() + ";charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String audioHref(Listener listener, Listening l) {
        return listener.base() + "audio/" + l.item().id() + "." + ("audio/mp4".equals(l.episode().audioType()) ? "m4a" : "mp3");
    }
}
