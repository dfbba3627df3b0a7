package org.chalkpress.media;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Removes what a video or recording says about itself beyond the picture and sound: the phone's GPS position
 * ({@code ©xyz}, {@code loci}), names, comments and dates in tags. Photos are re-encoded instead
 * ({@link ImageReencoder}); sound and pictures are never re-encoded here, so the file plays exactly as before.
 * Clause STUDENT-PRIVACY: a location or a child's name must not ride along inside a file on a class page.
 */
public final class HiddenMetadata {

    private HiddenMetadata() {
    }

    /** Cleans the file in place, or refuses it (with {@link MediaRefusedException}) when it is damaged. */
    public static void removeFrom(Path file, MediaType type) throws IOException {
        switch (type) {
            case MP4, M4A -> Mp4MetadataBoxes.blank(file);
            case MP3 -> Id3Tags.remove(file);
            case OGG -> OggComments.empty(file);
            case WEBM -> MatroskaTags.blank(file);
            default -> throw new IllegalArgumentException(type + " is a photo: re-encode it instead");
        }
    }

    static MediaRefusedException damaged(MediaType type) {
        return new MediaRefusedException("This " + type.extension().toUpperCase() + " file is damaged or incomplete."
                + " Export or copy it from the phone or computer again and upload the new file.");
    }
}
