package org.chalkpress.media;

/** How large an upload may be, by kind, and how many pixels and animation frames an image may decode to. */
public record MediaLimits(long maxImageBytes, long maxVideoBytes, long maxAudioBytes, long maxPixels,
                          int maxFrames) {

    public static final long MB = 1024L * 1024L;

    public static final MediaLimits DEFAULTS = new MediaLimits(20 * MB, 500 * MB, 200 * MB, 50_000_000L, 500);

    /** The largest upload of any kind: an upload is cut off here before its type is even known. */
    public long maxUploadBytes() {
        return Math.max(maxImageBytes, Math.max(maxVideoBytes, maxAudioBytes));
    }

    public long maxBytes(MediaType type) {
        return switch (type.kind()) {
            case IMAGE -> maxImageBytes;
            case VIDEO -> maxVideoBytes;
            case AUDIO -> maxAudioBytes;
        };
    }
}
