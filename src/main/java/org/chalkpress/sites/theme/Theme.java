package org.chalkpress.sites.theme;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The branding of the district or of one school: names, logo, colours, fonts and the standard wording that
 * official pages carry and that non-official class pages show as their disclaimer (clause OFFICIAL).
 * Colours must keep WCAG AA contrast in the pairings {@code theme.css} uses.
 */
public final class Theme {

    /** The theme name of the district theme; school themes are named by their school's slug. */
    public static final String DISTRICT = "district";

    static final double TEXT_CONTRAST = 4.5;
    static final double UI_CONTRAST = 3.0;

    private final String themeName;
    private final String name;
    private final String shortName;
    private final String logoPath;
    private final CssColor primaryColor;
    private final CssColor accentColor;
    private final CssColor backgroundColor;
    private final CssColor textColor;
    private final FontStack bodyFont;
    private final FontStack headingFont;
    private final String officialBadge;
    private final String disclaimer;
    private final String tagline;
    private final String footer;

    /**
     * @param values        every key, already merged over the district's values
     * @param logoThemeName the theme whose folder holds the logo file: this theme's, or the district's when inherited
     */
    Theme(String themeName, Map<ThemeKey, String> values, String logoThemeName) {
        Map<ThemeKey, String> all = new EnumMap<>(ThemeKey.class);
        all.putAll(values);
        for (ThemeKey key : ThemeKey.values()) {
            String value = all.get(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("key " + key.key() + " has no value; the district theme must set every key ("
                        + ThemeKey.allKeys() + ")");
            }
            key.check(value);
        }
        this.themeName = themeName;
        this.name = all.get(ThemeKey.NAME);
        this.shortName = all.get(ThemeKey.SHORT_NAME);
        this.logoPath = logoThemeName + "/" + all.get(ThemeKey.LOGO);
        this.primaryColor = new CssColor(all.get(ThemeKey.COLOR_PRIMARY));
        this.accentColor = new CssColor(all.get(ThemeKey.COLOR_ACCENT));
        this.backgroundColor = new CssColor(all.get(ThemeKey.COLOR_BACKGROUND));
        this.textColor = new CssColor(all.get(ThemeKey.COLOR_TEXT));
        this.bodyFont = new FontStack(all.get(ThemeKey.FONT_BODY));
        this.headingFont = new FontStack(all.get(ThemeKey.FONT_HEADING));
        this.officialBadge = all.get(ThemeKey.OFFICIAL_BADGE);
        this.disclaimer = all.get(ThemeKey.DISCLAIMER);
        this.tagline = all.get(ThemeKey.TAGLINE);
        this.footer = all.get(ThemeKey.FOOTER);
        requireContrast(ThemeKey.COLOR_TEXT, textColor, TEXT_CONTRAST, "body text");
        requireContrast(ThemeKey.COLOR_PRIMARY, primaryColor, TEXT_CONTRAST, "links, and header and button labels");
        requireContrast(ThemeKey.COLOR_ACCENT, accentColor, UI_CONTRAST, "focus outlines and borders");
    }

    private void requireContrast(ThemeKey key, CssColor color, double minimum, String usedFor) {
        double ratio = color.contrastWith(backgroundColor);
        if (ratio < minimum) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "key %s: %s against color.background %s has contrast %.2f:1; used for %s, it needs at least %.1f:1"
                            + " (WCAG AA). Make one of the two colors darker or lighter",
                    key.key(), color, backgroundColor, ratio, usedFor, minimum));
        }
    }

    /** {@value #DISTRICT} or the school's slug; the first argument of {@link ThemeCatalog#asset}. */
    public String themeName() {
        return themeName;
    }

    public boolean isDistrict() {
        return DISTRICT.equals(themeName);
    }

    public Optional<String> schoolSlug() {
        return isDistrict() ? Optional.empty() : Optional.of(themeName);
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    /** The logo as {@code themeName/fileName}, e.g. {@code district/logo.svg}; serve it with {@link ThemeCatalog#asset}. */
    public String logoPath() {
        return logoPath;
    }

    /** The shared stylesheet; a school changes the look through its keys, which {@link #cssVariables()} carries. */
    public String stylesheetPath() {
        return DISTRICT + "/theme.css";
    }

    public CssColor primaryColor() {
        return primaryColor;
    }

    public CssColor accentColor() {
        return accentColor;
    }

    public CssColor backgroundColor() {
        return backgroundColor;
    }

    public CssColor textColor() {
        return textColor;
    }

    public FontStack bodyFont() {
        return bodyFont;
    }

    public FontStack headingFont() {
        return headingFont;
    }

    /** Shown on sites that communications staff marked official. */
    public String officialBadge() {
        return officialBadge;
    }

    /** Shown on every class site that is not official. */
    public String disclaimer() {
        return disclaimer;
    }

    public String tagline() {
        return tagline;
    }

    public String footer() {
        return footer;
    }

    /** A {@code :root} rule setting the custom properties {@code theme.css} reads, for a {@code <style>} element. */
    public String cssVariables() {
        return ":root{"
                + "--cp-primary:" + primaryColor + ";"
                + "--cp-accent:" + accentColor + ";"
                + "--cp-background:" + backgroundColor + ";"
                + "--cp-text:" + textColor + ";"
                + "--cp-font-body:" + bodyFont + ";"
                + "--cp-font-heading:" + headingFont + ";"
                + "}";
    }

    @Override
    public String toString() {
        return "Theme[" + themeName + ": " + name + "]";
    }
}
