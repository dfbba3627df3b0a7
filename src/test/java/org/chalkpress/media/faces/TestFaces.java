package org.chalkpress.media.faces;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Photos with real faces for the tests. {@code astronaut.jpg} is NASA's public-domain portrait of Eileen
 * Collins (scikit-image's test image, Debian package python3-skimage), re-encoded as JPEG.
 */
public final class TestFaces {

    private TestFaces() {
    }

    /** One person, face to the camera. */
    public static BufferedImage portrait() {
        try (InputStream in = TestFaces.class.getResourceAsStream("astronaut.jpg")) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "class photo": the portrait {@code people} times side by side on a grey wall. */
    public static BufferedImage classPhoto(int people) {
        return classPhoto(people, new Color(128, 128, 128));
    }

    /** The same on a wall of another colour: a photo whose bytes no other test stores. */
    public static BufferedImage classPhoto(int people, Color wall) {
        BufferedImage one = portrait();
        BufferedImage photo = new BufferedImage(one.getWidth() * people, one.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(wall);
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        for (int i = 0; i < people; i++) {
            g.drawImage(one, i * one.getWidth(), 0, null);
        }
        g.fillRect(0, one.getHeight() - 8, photo.getWidth(), 8);
        g.dispose();
        return photo;
    }
}
