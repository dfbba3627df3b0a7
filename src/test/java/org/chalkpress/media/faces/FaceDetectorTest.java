package org.chalkpress.media.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chalkpress.media.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaceDetectorTest {

    private static FaceDetector detector;

    @BeforeAll
    static void loadModel() {
        detector = new FaceDetector();
    }

    @Test
    void findsTheFaceInAPortraitWhereTheFaceIs() {
        List<FaceBox> faces = detector.detect(TestFaces.portrait());

        assertEquals(1, faces.size(), () -> "faces: " + faces);
        FaceBox face = faces.get(0);
        // Eileen Collins's face is in the upper middle of the 512 × 512 portrait, about 100 pixels wide.
        int centreX = face.x() + face.width() / 2;
        int centreY = face.y() + face.height() / 2;
        assertTrue(centreX > 150 && centreX < 300 && centreY > 50 && centreY < 200, () -> "face at " + face);
        assertTrue(face.width() > 60 && face.width() < 220, () -> "face size " + face);
    }

    @Test
    void countsEveryFaceInAClassPhotoLeftToRight() {
        List<FaceBox> faces = detector.detect(TestFaces.classPhoto(3));

        assertEquals(3, faces.size(), () -> "faces: " + faces);
        assertTrue(faces.get(0).x() < 512 && faces.get(1).x() >= 512 && faces.get(2).x() >= 1024,
                () -> "faces: " + faces);
    }

    @Test
    void givesBoxesInTheStoredImagesPixelsWhenItLooksAtASmallerCopy() {
        BufferedImage big = TestFaces.classPhoto(4);  // 2048 wide: looked at as a 1024-pixel copy
        List<FaceBox> faces = detector.detect(big);

        assertEquals(4, faces.size(), () -> "faces: " + faces);
        FaceBox last = faces.get(3);
        assertTrue(last.x() >= 3 * 512 + 150 && last.x() + last.width() <= 2048, () -> "face at " + last);
    }

    @Test
    void findsNoFaceInALandscape() {
        assertEquals(List.of(), detector.detect(TestImages.picture(1200, 800)));
    }

    @Test
    void canBeUsedFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<FaceBox>>> results = List.of(
                    pool.submit(() -> detector.detect(TestFaces.classPhoto(2))),
                    pool.submit(() -> detector.detect(TestFaces.classPhoto(2))),
                    pool.submit(() -> detector.detect(TestFaces.classPhoto(2))));
            for (Future<List<FaceBox>> result : results) {
                assertEquals(2, result.get().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
