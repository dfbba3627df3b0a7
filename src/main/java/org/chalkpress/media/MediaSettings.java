package org.chalkpress.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library's limits in one typed place (each is also an environment variable, e.g.
 * CHALKPRESS_MEDIA_MAX_IMAGE_MB). The pixel limit refuses decompression bombs: a small file that would
 * decode to an enormous picture.
 */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "chalkpress.media.max.image.mb", defaultValue = "20")
    long maxImageMb;

    @Inject
    @ConfigProperty(name = "chalkpress.media.max.video.mb", defaultValue = "500")
    long maxVideoMb;

    @Inject
    @ConfigProperty(name = "chalkpress.media.max.audio.mb", defaultValue = "200")
    long maxAudioMb;

    @Inject
    @ConfigProperty(name = "chalkpress.media.max.pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "chalkpress.media.max.frames", defaultValue = "500")
    int maxFrames;

    public MediaLimits limits() {
        return new MediaLimits(maxImageMb * MediaLimits.MB, maxVideoMb * MediaLimits.MB, maxAudioMb * MediaLimits.MB,
                maxPixels, maxFrames);
    }
}
