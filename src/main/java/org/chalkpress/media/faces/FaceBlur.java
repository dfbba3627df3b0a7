package org.chalkpress.media.faces;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Makes chosen faces unrecognisable (clause PHOTO-CONSENT: "blur them" is one of the ways to post a photo of
 * someone without a release). Each box is grown by a margin, so hair and ears go too, then pixelated into
 * blocks of one averaged colour: coarse enough that no feature survives, and unlike a soft blur it cannot be
 * sharpened back. Pixels outside the grown boxes are left exactly as they were.
 */
public final class FaceBlur {

    /** How much bigger than the detected face the blurred area is, on each side. */
    static final double MARGIN = 0.3;
    /** About this many blocks across a face: eyes, nose and mouth fall into the same few blocks. */
    private static final int BLOCKS_ACROSS = 7;

    private FaceBlur() {
    }

    /** A copy of {@code image} with each of {@code faces} pixelated. */
    public static BufferedImage blurred(BufferedImage image, List<FaceBox> faces) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image, 0, 0, null);
        for (FaceBox face : faces) {
            pixelate(out, face.grown(MARGIN, image.getWidth(), image.getHeight()));
        }
        return out;
    }

    private static void pixelate(BufferedImage image, FaceBox area) {
        int block = Math.max(4, Math.max(area.width(), area.height()) / BLOCKS_ACROSS);
        int right = Math.min(image.getWidth(), area.x() + area.width());
        int bottom = Math.min(image.getHeight(), area.y() + area.height());
        for (int by = area.y(); by < bottom; by += block) {
            for (int bx = area.x(); bx < right; bx += block) {
                int w = Math.min(block, right - bx);
                int h = Math.min(block, bottom - by);
                int[] pixels = image.getRGB(bx, by, w, h, null, 0, w);
                long a = 0;
                long r = 0;
                long g = 0;
                long b = 0;
                for (int p : pixels) {
                    a += p >>> 24;
                    r += (p >> 16) & 0xff;
                    g += (p >> 8) & 0xff;
                    b += p & 0xff;
                }
                int n = pixels.length;
                int average = (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                java.util.Arrays.fill(pixels, average);
                image.setRGB(bx, by, w, h, pixels, 0, w);
            }
        }
    }
}
