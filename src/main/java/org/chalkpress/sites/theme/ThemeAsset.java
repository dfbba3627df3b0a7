package org.chalkpress.sites.theme;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A file a theme serves to browsers: its logo, stylesheet or icon, with the content type to send. */
public record ThemeAsset(String fileName, String contentType, byte[] bytes) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "svg", "image/svg+xml",
            "png", "image/png",
            "css", "text/css; charset=UTF-8",
            "ico", "image/x-icon");

    public ThemeAsset {
        String expected = contentTypeOf(fileName).orElseThrow(() -> new IllegalArgumentException(
                "Refused theme file name '" + fileName + "': " + NAME_RULE));
        if (!expected.equals(contentType)) {
            throw new IllegalArgumentException(fileName + " is served as " + expected + ", not " + contentType);
        }
        bytes = bytes.clone();
    }

    static ThemeAsset of(String fileName, byte[] bytes) {
        return new ThemeAsset(fileName, contentTypeOf(fileName).orElse(""), bytes);
    }

    static final String NAME_RULE =
            "use a plain file name (letters, digits, '.', '_', '-', no folders) ending in .svg, .png, .css or .ico";

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The content type for a servable file name, or empty when the name is a path, hidden, or of another type. */
    static Optional<String> contentTypeOf(String fileName) {
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(CONTENT_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
