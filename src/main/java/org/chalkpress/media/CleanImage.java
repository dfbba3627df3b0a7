package org.chalkpress.media;

import java.util.Comparator;
import java.util.List;

/**
 * A photo as the library keeps it: re-encoded from the decoded pixels, so nothing of the original file's
 * metadata (GPS position, camera serial, owner names in EXIF/XMP/IPTC) survives, turned upright, in a few
 * widths for responsive pages. The widest rendition is the one served as "the" image.
 */
public record CleanImage(MediaType type, List<Rendition> renditions) {

    /** One encoded width of the image. */
    public record Rendition(int width, int height, byte[] bytes) {
    }

    public CleanImage {
        renditions = List.copyOf(renditions);
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("An image needs at least one rendition");
        }
    }

    public Rendition largest() {
        return renditions.stream().max(Comparator.comparingInt(Rendition::width)).orElseThrow();
    }
}
