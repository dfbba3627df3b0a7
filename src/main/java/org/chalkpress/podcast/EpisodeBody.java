package org.chalkpress.podcast;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import org.chalkpress.media.MediaItem;

/**
 * The HTML an episode is published as: the show notes, the cover art (a library image, so the page records
 * its use and the media rules see it) and the transcript. Everything in it passes the gate's text rules, and
 * the published revision is what the episode page shows and search reads.
 */
public final class EpisodeBody {

    private EpisodeBody() {
    }

    public static String compose(String siteSlug, String notesHtml, MediaItem cover, Transcript transcript) {
        StringBuilder html = new StringBuilder(notesHtml == null ? "" : notesHtml);
        if (cover != null) {
            html.append("<p><img src=\"/media/").append(attr(siteSlug)).append('/').append(cover.id())
                    .append("\" alt=\"").append(attr(cover.altText().isBlank() ? "Cover art" : cover.altText()))
                    .append("\"></p>");
        }
        if (transcript != null) {
            html.append("<h2>Transcript</h2>");
            for (Transcript.Cue cue : transcript.cues()) {
                html.append("<p>");
                if (cue.start() != null) {
                    html.append("<span class=\"cp-cue-time\">").append(Timestamp.show(cue.start())).append("</span> ");
                }
                html.append(text(cue.text())).append("</p>");
            }
        }
        return html.toString();
    }
}
