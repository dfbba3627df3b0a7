package org.chalkpress.podcast;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A point in a recording as transcripts and chapter lists write it: {@code 01:02:03.500}, {@code 02:03,5}, {@code 2:03}. */
public final class Timestamp {

    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timestamp() {
    }

    /** The duration written, or null when the text is not a timestamp. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
            return null;
        }
        long millis = m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "00").substring(0, 3));
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusMillis(millis);
    }

    /** {@code H:MM:SS} or {@code M:SS}, as podcast apps and the episode page show it. */
    public static String show(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
