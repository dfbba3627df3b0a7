package org.chalkpress.media.faces;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's one face detector. Its native library loads in the background shortly after the server starts
 * (unpacking it takes seconds, which the first teacher to upload a photo should not wait for, and which would
 * otherwise compete for the processor with the start-up itself); when it cannot load on this machine
 * (or a photo trips it), photos are simply not counted: a teacher's upload never fails because of faces.
 */
@ApplicationScoped
public class FacesInPhotos {

    private static final Logger LOG = Logger.getLogger(FacesInPhotos.class.getName());

    /** Long enough for the server to be up and serving before the detector competes for the processor. */
    private static final long LOAD_DELAY_SECONDS = 20;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService background;

    private FaceDetector detector;
    private boolean unavailable;

    void loadAtStart(@Observes Startup started) {
        background.schedule(this::detector, LOAD_DELAY_SECONDS, TimeUnit.SECONDS);
    }

    /** The faces in the photo, or empty when they could not be counted. */
    public Optional<List<FaceBox>> find(BufferedImage photo) {
        FaceDetector loaded = detector();
        if (loaded == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(loaded.detect(photo));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for faces in a photo; it is stored without a face count", e);
            return Optional.empty();
        }
    }

    private synchronized FaceDetector detector() {
        if (detector == null && !unavailable) {
            try {
                detector = new FaceDetector();
            } catch (LinkageError | RuntimeException e) {
                unavailable = true;
                LOG.log(Level.WARNING, "The face detector (OpenCV) could not load; photos will not have their faces"
                        + " counted until the server restarts", e);
            }
        }
        return detector;
    }
}
