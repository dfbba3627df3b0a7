package org.chalkpress.sites.theme;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The keys of a {@code theme.properties} file. The district theme sets them all; a school theme may set any. */
public enum ThemeKey {
    NAME("name", Kind.TEXT),
    SHORT_NAME("shortName", Kind.TEXT),
    LOGO("logo", Kind.LOGO_FILE),
    COLOR_PRIMARY("color.primary", Kind.COLOR),
    COLOR_ACCENT("color.accent", Kind.COLOR),
    COLOR_BACKGROUND("color.background", Kind.COLOR),
    COLOR_TEXT("color.text", Kind.COLOR),
    FONT_BODY("font.body", Kind.FONT),
    FONT_HEADING("font.heading", Kind.FONT),
    OFFICIAL_BADGE("wording.officialBadge", Kind.TEXT),
    DISCLAIMER("wording.disclaimer", Kind.TEXT),
    TAGLINE("wording.tagline", Kind.TEXT),
    FOOTER("wording.footer", Kind.TEXT);

    enum Kind { TEXT, LOGO_FILE, COLOR, FONT }

    private static final Pattern LOGO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*\\.(svg|png)");
    private static final int MAX_TEXT = 600;

    private final String key;
    private final Kind kind;

    ThemeKey(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The key as written in {@code theme.properties}. */
    public String key() {
        return key;
    }

    public static Optional<ThemeKey> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static String allKeys() {
        return Arrays.stream(values()).map(ThemeKey::key).collect(Collectors.joining(", "));
    }

    /** Checks a value for this key; the exception message says what to write instead. */
    void check(String value) {
        switch (kind) {
            case COLOR -> new CssColor(value);
            case FONT -> new FontStack(value);
            case LOGO_FILE -> {
                if (!LOGO_NAME.matcher(value).matches() || value.contains("..")) {
                    throw new IllegalArgumentException("'" + value + "' is not a logo file name we accept; give the name"
                            + " of an .svg or .png file in the same folder, e.g. logo.svg (no folders)");
                }
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("the text is " + value.length() + " characters long; shorten it to "
                            + MAX_TEXT + " or fewer");
                }
                if (value.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
                    throw new IllegalArgumentException("'" + value + "' contains '<', '>' or a control character;"
                            + " write plain text (no HTML)");
                }
            }
        }
    }
}
