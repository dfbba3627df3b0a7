package org.chalkpress.podcast;

import java.util.Locale;
import java.util.Optional;

/**
 * Apple Podcasts' rules for cover art: a square image of 1,400 to 3,000 pixels a side. The media library keeps
 * at most {@code ImageReencoder.MAX_SIDE} (2,048) pixels of any image, so what is checked here is the stored
 * image: square, and at least 1,400 pixels a side (a larger original was scaled down into the range on upload).
 */
public final class CoverArt {

    public static final int MIN_SIDE = 1400;
    public static final int MAX_SIDE = 3000;

    private CoverArt() {
    }

    /** What is wrong with an image of this size as cover art, in words a teacher can act on; empty when it fits. */
    public static Optional<String> problemWith(String fileName, Integer width, Integer height) {
        if (width == null || height == null) {
            return Optional.of("\"" + fileName + "\" has no known size; upload it again as a JPEG or PNG.");
        }
        String size = String.format(Locale.ROOT, "\"%s\" is %,d × %,d pixels.", fileName, width, height);
        if (!width.equals(height)) {
            return Optional.of("Podcast apps need square cover art; " + size + " Crop it to a square of "
                    + String.format(Locale.ROOT, "%,d to %,d", MIN_SIDE, MAX_SIDE) + " pixels a side and choose it again.");
        }
        if (width < MIN_SIDE || width > MAX_SIDE) {
            return Optional.of(String.format(Locale.ROOT, "Podcast apps need cover art of %,d to %,d pixels a side; ",
                    MIN_SIDE, MAX_SIDE) + size + " Export a larger square image and choose it again.");
        }
        return Optional.empty();
    }
}
