package org.chalkpress.podcast.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.chalkpress.podcast.Chapters;
import org.chalkpress.podcast.EpisodeSearch;
import org.chalkpress.podcast.PodcastReader.Listening;
import org.chalkpress.podcast.Timestamp;
import org.chalkpress.sites.ClassSite;

/** The podcast's reading pages: the list of episodes and one episode with its player, chapters and transcript. */
final class PodcastPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private PodcastPages() {
    }

    static String list(ClassSite site, List<Listening> episodes, String feedHref) {
        StringBuilder out = new StringBuilder("<main id=\"main\" class=\"cp-podcast\"><h1>")
                .append(text(site.title())).append(" podcast</h1>")
                .append("<p class=\"cp-podcast-subscribe\"><a href=\"").append(attr(feedHref))
                .append("\" type=\"application/rss+xml\">Subscribe in a podcast app (RSS feed)</a></p>")
                .append(searchForm(site, ""));
        if (episodes.isEmpty()) {
            out.append("<p>No episodes yet.</p>");
        }
        out.append("<ol class=\"cp-episodes\" reversed>");
        for (Listening l : episodes) {
            out.append("<li class=\"cp-episode\"><h2><a href=\"/sites/").append(attr(site.slug())).append("/podcast/")
                    .append(attr(l.item().slug())).append("\">").append(text(l.revision().title())).append("</a></h2>")
                    .append("<p class=\"cp-episode-meta\">").append(numbering(l))
                    .append("<time datetime=\"").append(l.item().firstPublishedAt()).append("\">")
                    .append(DATE.format(l.item().firstPublishedAt())).append("</time> · ")
                    .append(Timestamp.show(java.time.Duration.ofSeconds(l.episode().durationSeconds())))
                    .append("</p></li>");
        }
        return out.append("</ol></main>").toString();
    }

    /** Episodes whose title, notes or transcript hold the words searched for, each with where they were found. */
    static String results(ClassSite site, String query, List<EpisodeSearch.Hit> hits) {
        StringBuilder out = new StringBuilder("<main id=\"main\" class=\"cp-podcast\"><h1>Search the ")
                .append(text(site.title())).append(" podcast</h1>").append(searchForm(site, query))
                .append("<p>").append(hits.size()).append(hits.size() == 1 ? " episode" : " episodes")
                .append(" mention “").append(text(query)).append("”.</p><ol class=\"cp-episodes\" id=\"search-results\">");
        for (EpisodeSearch.Hit hit : hits) {
            Listening l = hit.episode();
            out.append("<li class=\"cp-episode\"><h2><a href=\"/sites/").append(attr(site.slug())).append("/podcast/")
                    .append(attr(l.item().slug())).append("\">").append(text(l.revision().title())).append("</a></h2>")
                    .append("<p class=\"cp-episode-meta\">").append(numbering(l)).append("<time datetime=\"")
                    .append(l.item().firstPublishedAt()).append("\">").append(DATE.format(l.item().firstPublishedAt()))
                    .append("</time></p><p class=\"cp-excerpt\">").append(hit.excerptHtml()).append("</p></li>");
        }
        return out.append("</ol>").append(back(site)).append("</main>").toString();
    }

    private static String searchForm(ClassSite site, String query) {
        return "<form method=\"get\" action=\"/sites/" + attr(site.slug()) + "/podcast/\" role=\"search\">"
                + "<label for=\"podcast-q\">Search the episodes and their transcripts</label> <input id=\"podcast-q\""
                + " name=\"q\" type=\"search\" value=\"" + attr(query) + "\"> <button type=\"submit\""
                + " class=\"cp-button cp-button--secondary\">Search</button></form>";
    }

    static String episode(ClassSite site, Listening l, String audioHref) {
        StringBuilder out = new StringBuilder("<main id=\"main\" class=\"cp-podcast\"><article class=\"cp-episode\"><h1>")
                .append(text(l.revision().title())).append("</h1><p class=\"cp-episode-meta\">").append(numbering(l))
                .append("<time datetime=\"").append(l.item().firstPublishedAt()).append("\">")
                .append(DATE.format(l.item().firstPublishedAt())).append("</time></p>");
        if (l.withdrawn()) {
            return out.append("<p class=\"cp-withdrawn\">This episode has been withdrawn. It is no longer available.</p>")
                    .append(back(site)).append("</article></main>").toString();
        }
        out.append("<audio controls preload=\"metadata\" src=\"").append(attr(audioHref)).append("\"></audio>")
                .append("<p><a href=\"").append(attr(audioHref)).append("\" download>Download the episode</a> (")
                .append(Timestamp.show(java.time.Duration.ofSeconds(l.episode().durationSeconds()))).append(")</p>");
        List<Chapters.Chapter> chapters = l.episode().chapters();
        if (!chapters.isEmpty()) {
            out.append("<h2>Chapters</h2><ol class=\"cp-chapters\">");
            for (Chapters.Chapter c : chapters) {
                out.append("<li><span class=\"cp-cue-time\">").append(Timestamp.show(c.start())).append("</span> ")
                        .append(text(c.title())).append("</li>");
            }
            out.append("</ol>");
        }
        // The revision's HTML came through the gate (sanitised): the notes, cover art and transcript.
        out.append("<div class=\"cp-episode-notes\">").append(l.revision().bodyHtml()).append("</div>");
        return out.append(back(site)).append("</article></main>").toString();
    }

    private static String numbering(Listening l) {
        StringBuilder s = new StringBuilder();
        if (l.episode().season() != null) {
            s.append("Season ").append(l.episode().season()).append(" · ");
        }
        if (l.episode().number() != null) {
            s.append("Episode ").append(l.episode().number()).append(" · ");
        }
        return s.toString();
    }

    private static String back(ClassSite site) {
        return "<p><a href=\"/sites/" + attr(site.slug()) + "/podcast/\">All episodes</a></p>";
    }
}
