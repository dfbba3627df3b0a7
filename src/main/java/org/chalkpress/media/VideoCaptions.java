package org.chalkpress.media;

import java.time.Duration;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.podcast.Transcript;
import org.chalkpress.podcast.TranscriptException;

/**
 * Captions for a video, so that readers who cannot hear it can follow it. Teachers upload WebVTT or SubRip
 * (what captioning tools and video sites export); they are kept as WebVTT, the format browsers show under a
 * {@code <video>}, re-written cue by cue so that nothing but times and words reaches readers.
 */
public final class VideoCaptions {

    /** About ten hours of speech: a limit on what one upload may hold, not on any real video. */
    public static final int MAX_BYTES = 512 * 1024;

    private VideoCaptions() {
    }

    /** The uploaded file as WebVTT; refused, with what to fix, when it is not timed captions. */
    public static String toWebVtt(String uploaded) {
        Transcript captions;
        try {
            captions = Transcript.read(uploaded);
        } catch (TranscriptException e) {
            throw InvalidInputException.of("captions", "This captions file cannot be used: " + e.getMessage());
        }
        if (captions.format() == Transcript.Format.PLAIN) {
            throw InvalidInputException.of("captions", "Captions need times, so that each line shows while it is"
                    + " said. Upload a WebVTT (.vtt) or SubRip (.srt) file; captioning tools and video sites export both.");
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Transcript.Cue cue : captions.cues()) {
            vtt.append('\n').append(time(cue.start())).append(" --> ").append(time(cue.end())).append('\n')
                    .append(escape(cue.text())).append('\n');
        }
        return vtt.toString();
    }

    /** What the captions say, one cue a line: what the policy's text rules read. */
    public static String words(String webVtt) {
        return webVtt == null ? "" : Transcript.read(webVtt).text();
    }

    private static String time(Duration at) {
        return String.format("%02d:%02d:%02d.%03d", at.toHours(), at.toMinutesPart(), at.toSecondsPart(),
                at.toMillisPart());
    }

    /** Cue text is markup in WebVTT: the words are written as text, and a line can never end the cue early. */
    private static String escape(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\n{2,}", "\n").strip();
    }
}
