package org.chalkpress.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats the media library accepts, each decided from the file's content. SVG is not among them on
 * purpose: it is a document that can carry scripts.
 */
public enum MediaType {
    JPEG("image/jpeg", Kind.IMAGE, "jpg"),
    PNG("image/png", Kind.IMAGE, "png"),
    WEBP("image/webp", Kind.IMAGE, "webp"),
    GIF("image/gif", Kind.IMAGE, "gif"),
    MP4("video/mp4", Kind.VIDEO, "mp4"),
    WEBM("video/webm", Kind.VIDEO, "webm"),
    MP3("audio/mpeg", Kind.AUDIO, "mp3"),
    M4A("audio/mp4", Kind.AUDIO, "m4a"),
    OGG("audio/ogg", Kind.AUDIO, "ogg");

    public enum Kind { IMAGE, VIDEO, AUDIO }

    private final String mimeType;
    private final Kind kind;
    private final String extension;

    MediaType(String mimeType, Kind kind, String extension) {
        this.mimeType = mimeType;
        this.kind = kind;
        this.extension = extension;
    }

    public String mimeType() { return mimeType; }
    public Kind kind() { return kind; }
    public String extension() { return extension; }

    public static Optional<MediaType> ofMimeType(String mimeType) {
        return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst();
    }
}
