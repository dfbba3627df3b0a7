package org.chalkpress.media.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceBlurTest {

    private static final FaceBox FACE = new FaceBox(200, 100, 100, 120);

    @Test
    void changesThePixelsOfTheFaceAndLeavesTheRestAsTheyWere() {
        BufferedImage photo = TestFaces.portrait();
        BufferedImage blurred = FaceBlur.blurred(photo, List.of(FACE));
        FaceBox area = FACE.grown(FaceBlur.MARGIN, photo.getWidth(), photo.getHeight());

        int changedInside = 0;
        int insideCount = 0;
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                boolean inside = x >= area.x() && x < area.x() + area.width()
                        && y >= area.y() && y < area.y() + area.height();
                if (inside) {
                    insideCount++;
                    changedInside += photo.getRGB(x, y) == blurred.getRGB(x, y) ? 0 : 1;
                } else {
                    assertEquals(photo.getRGB(x, y), blurred.getRGB(x, y), "pixel " + x + "," + y + " outside");
                }
            }
        }
        assertTrue(changedInside > insideCount * 0.9, changedInside + " of " + insideCount + " changed");
    }

    @Test
    void leavesNoFaceForTheDetectorToFind() {
        FaceDetector detector = new FaceDetector();
        BufferedImage photo = TestFaces.classPhoto(2);
        List<FaceBox> faces = detector.detect(photo);
        assertEquals(2, faces.size());

        BufferedImage blurred = FaceBlur.blurred(photo, List.of(faces.get(1)));

        List<FaceBox> left = detector.detect(blurred);
        assertEquals(1, left.size(), () -> "faces after blurring: " + left);
        assertTrue(left.get(0).x() < 512);
    }

    @Test
    void keepsTheImageSizeAndDoesNotChangeTheOriginal() {
        BufferedImage photo = TestFaces.portrait();
        int before = photo.getRGB(250, 160);
        BufferedImage blurred = FaceBlur.blurred(photo, List.of(FACE));

        assertEquals(photo.getWidth(), blurred.getWidth());
        assertEquals(photo.getHeight(), blurred.getHeight());
        assertEquals(before, photo.getRGB(250, 160));
        assertNotEquals(before, blurred.getRGB(250, 160));
    }
}
