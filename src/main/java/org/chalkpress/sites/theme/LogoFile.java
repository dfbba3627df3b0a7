package org.chalkpress.sites.theme;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a theme logo follows: a small SVG without scripts, event handlers or references outside the file,
 * or a PNG. The logo appears on every official page, so a bad one would reach every family (clause OFFICIAL).
 */
final class LogoFile {

    static final int MAX_BYTES = 256 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']\\s*([^\"']*)");
    private static final Pattern URL = Pattern.compile("url\\(\\s*[\"']?\\s*([^)\"']*)");
    private static final String[] FORBIDDEN = {
        "<script", "<foreignobject", "<iframe", "<embed", "<object", "<!entity", "<!doctype", "javascript:", "@import"};

    private LogoFile() {
    }

    /** Throws with the reason and the fix when the file does not follow the rules. */
    static void check(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("logo " + fileName + " is " + bytes.length / 1024
                    + " KB; keep it under " + MAX_BYTES / 1024 + " KB");
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".png")) {
            if (bytes.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                throw new IllegalArgumentException("logo " + fileName + " is not a PNG image; export it again as PNG");
            }
            return;
        }
        String svg = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (!svg.contains("<svg")) {
            throw new IllegalArgumentException("logo " + fileName + " has no <svg> element; export it again as SVG");
        }
        for (String forbidden : FORBIDDEN) {
            if (svg.contains(forbidden)) {
                throw refused(fileName, "contains " + forbidden);
            }
        }
        if (EVENT_HANDLER.matcher(svg).find()) {
            throw refused(fileName, "has an event handler attribute (onload=, onclick=, ...)");
        }
        for (Pattern reference : new Pattern[] {HREF, URL}) {
            Matcher m = reference.matcher(svg);
            while (m.find()) {
                if (!m.group(1).startsWith("#")) {
                    throw refused(fileName, "refers to '" + m.group(1) + "' outside the file");
                }
            }
        }
    }

    private static IllegalArgumentException refused(String fileName, String what) {
        return new IllegalArgumentException("logo " + fileName + " " + what
                + "; a logo must be a plain drawing with no scripts, no event handlers and no links or images outside"
                + " the file (references to #ids inside it are fine)");
    }
}
