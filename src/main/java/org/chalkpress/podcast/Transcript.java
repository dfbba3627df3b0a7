package org.chalkpress.podcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is said in an episode, as cues (a stretch of time and its words). Read from WebVTT, SRT or plain text;
 * the format is decided from the content, not the file name. Plain text has no times: one cue per paragraph.
 */
public final class Transcript {

    /** The formats an uploaded transcript may have; the feed names them with their media type. */
    public enum Format {
        WEBVTT("text/vtt"), SRT("application/x-subrip"), PLAIN("text/plain");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() { return mediaType; }
    }

    /** Words said between two times; times are null for plain-text transcripts. */
    public record Cue(Duration start, Duration end, String text) {
        public Cue {
            Objects.requireNonNull(text, "text");
        }
    }

    static final int MAX_CHARS = 500_000;
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+).*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SRT_INDEX = Pattern.compile("^\\d+$");

    private final Format format;
    private final List<Cue> cues;

    private Transcript(Format format, List<Cue> cues) {
        this.format = format;
        this.cues = List.copyOf(cues);
    }

    public Format format() { return format; }
    public List<Cue> cues() { return cues; }

    /** Everything said, one cue a line: what the policy rules and search read. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Cue cue : cues) {
            sb.append(cue.text()).append('\n');
        }
        return sb.toString().strip();
    }

    /** Reads an uploaded transcript; refuses an empty or damaged one with the line to fix. */
    public static Transcript read(String content) {
        String text = content == null ? "" : content.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_CHARS) {
            throw new TranscriptException("The transcript is longer than " + MAX_CHARS + " characters. Split the"
                    + " episode, or shorten the transcript.");
        }
        if (text.isBlank()) {
            throw new TranscriptException("The transcript is empty. Upload a WebVTT, SRT or plain text file with"
                    + " what is said in the episode.");
        }
        Transcript transcript;
        if (text.startsWith("WEBVTT")) {
            transcript = timed(Format.WEBVTT, text, 1);
        } else if (looksLikeSrt(text)) {
            transcript = timed(Format.SRT, text, 0);
        } else {
            transcript = plain(text);
        }
        if (transcript.cues.isEmpty()) {
            throw new TranscriptException("The transcript has no words in it. Check that it is the right file.");
        }
        return transcript;
    }

    private static boolean looksLikeSrt(String text) {
        String[] lines = text.strip().split("\n", 3);
        return lines.length >= 2 && SRT_INDEX.matcher(lines[0].strip()).matches()
                && TIMING.matcher(lines[1]).matches();
    }

    private static Transcript timed(Format format, String text, int skipBlocks) {
        String[] blocks = text.split("\n\\s*\n");
        List<Cue> cues = new ArrayList<>();
        int line = 1;
        for (int b = 0; b < blocks.length; b++) {
            String block = blocks[b];
            int blockLine = line;
            line += block.split("\n", -1).length + 1;
            if (b < skipBlocks || block.isBlank()) {
                continue;
            }
            String first = block.strip().split("\n", 2)[0];
            if (format == Format.WEBVTT && (first.startsWith("NOTE") || first.startsWith("STYLE")
                    || first.startsWith("REGION"))) {
                continue;
            }
            List<String> lines = new ArrayList<>(List.of(block.strip().split("\n")));
            int timingAt = -1;
            for (int i = 0; i < Math.min(2, lines.size()); i++) {
                if (lines.get(i).contains("-->")) {
                    timingAt = i;
                    break;
                }
            }
            if (timingAt < 0) {
                throw new TranscriptException(formatName(format) + " transcript, near line " + blockLine
                        + ": a cue needs a timing line such as \"00:00:01.000 --> 00:00:04.000\".");
            }
            var m = TIMING.matcher(lines.get(timingAt));
            Duration start = m.matches() ? Timestamp.parse(m.group(1)) : null;
            Duration end = m.matches() ? Timestamp.parse(m.group(2)) : null;
            if (start == null || end == null || end.compareTo(start) < 0) {
                throw new TranscriptException(formatName(format) + " transcript, near line " + blockLine
                        + ": the timing \"" + lines.get(timingAt).strip() + "\" is not a start and end time such as"
                        + " \"00:00:01.000 --> 00:00:04.000\".");
            }
            String words = String.join(" ", lines.subList(timingAt + 1, lines.size()));
            words = unescape(TAG.matcher(voiceAsName(words)).replaceAll("")).replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                cues.add(new Cue(start, end, words));
            }
        }
        return new Transcript(format, cues);
    }

    /** WebVTT names the speaker in a voice tag ({@code <v Maya>Hello}); keep the name as "Maya: Hello". */
    private static String voiceAsName(String words) {
        return words.replaceAll("<v(?:\\.[^ >]*)? ([^>]+)>", "$1: ");
    }

    private static String unescape(String words) {
        return words.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static Transcript plain(String text) {
        List<Cue> cues = new ArrayList<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            String words = paragraph.replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                cues.add(new Cue(null, null, words));
            }
        }
        return new Transcript(Format.PLAIN, cues);
    }

    private static String formatName(Format format) {
        return format == Format.WEBVTT ? "WebVTT" : format.name().toUpperCase(Locale.ROOT);
    }
}
