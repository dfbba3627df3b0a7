package org.chalkpress.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Decides what an upload is from its first bytes (magic numbers), never from its name or the browser's claim,
 * so a script renamed to {@code photo.jpg} is refused and a JPEG named {@code song.mp3} is taken as a photo.
 */
public final class MediaTypeDetector {

    private static final Tika TIKA = new Tika();

    private static final Map<String, MediaType> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", MediaType.JPEG),
            Map.entry("image/png", MediaType.PNG),
            Map.entry("image/webp", MediaType.WEBP),
            Map.entry("image/gif", MediaType.GIF),
            Map.entry("video/mp4", MediaType.MP4),
            Map.entry("video/webm", MediaType.WEBM),
            Map.entry("audio/mpeg", MediaType.MP3),
            Map.entry("audio/mp4", MediaType.M4A),
            Map.entry("audio/ogg", MediaType.OGG),
            Map.entry("audio/vorbis", MediaType.OGG),
            Map.entry("audio/opus", MediaType.OGG));

    private MediaTypeDetector() {
    }

    public static MediaType detect(Path file) throws IOException {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // No file name passed: Tika would otherwise let the name decide when the bytes are unclear.
            detected = TIKA.detect(in);
        }
        MediaType type = ACCEPTED.get(detected);
        if (type != null) {
            return type;
        }
        if (detected.contains("matroska") && isWebm(file)) {
            return MediaType.WEBM;
        }
        if (detected.equals("video/quicktime") && isMp4(file)) {
            return MediaType.MP4;
        }
        throw new MediaRefusedException(refusal(detected));
    }

    /** WebM is Matroska whose header says DocType "webm" (element id 0x4282). */
    private static boolean isWebm(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int docType = text.indexOf("\u0042\u0082");
        return docType >= 0 && text.indexOf("webm", docType) > docType;
    }

    /**
     * Tika's core types know only the mp41/mp42 brands as MP4; phones also write the ISO base brands. A file
     * whose major brand is QuickTime's ("qt  ") stays a QuickTime movie.
     */
    private static boolean isMp4(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (head.length < 16) {
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("ftyp", 4) || text.startsWith("qt  ", 8)) {
            return false;
        }
        int boxEnd = Math.min(head.length, ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16)
                | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF));
        for (int at = 8; at + 4 <= boxEnd; at += 4) {
            String brand = text.substring(at, at + 4);
            if (MP4_BRANDS.contains(brand)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MP4_BRANDS =
            Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash");

    private static String refusal(String detected) {
        if (detected.equals("image/svg+xml")) {
            return "SVG drawings are not accepted: they can carry scripts. Export the drawing as PNG and upload that.";
        }
        if (detected.equals("video/quicktime")) {
            return "QuickTime (.mov) videos are not accepted. Export or share the video as MP4 and upload that.";
        }
        if (detected.equals("image/heic") || detected.equals("image/heif")) {
            return "HEIC photos are not accepted. Set the camera or export to JPEG and upload that.";
        }
        return "This file is not a photo, video or recording the library accepts (its content is " + detected
                + ", whatever its name says). Upload JPEG, PNG, WebP or GIF images, MP4 or WebM video, "
                + "or MP3, M4A or OGG audio.";
    }
}
