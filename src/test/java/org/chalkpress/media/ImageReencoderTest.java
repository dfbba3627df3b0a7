package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageReencoderTest {

    @TempDir
    Path dir;

    final ImageReencoder reencoder = new ImageReencoder(MediaLimits.DEFAULTS);

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aPhonephotoComesOutWithoutGpsSerialOrOwnerName() throws Exception {
        Path photo = file("IMG_0042.jpg", TestImages.jpegWithCameraMetadata(800, 600, 1));
        Metadata before = ImageMetadataReader.readMetadata(photo.toFile());
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo really has a position");

        CleanImage clean = reencoder.reencode(photo, MediaType.JPEG);

        for (CleanImage.Rendition rendition : clean.renditions()) {
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition.bytes()));
            assertNull(after.getFirstDirectoryOfType(GpsDirectory.class));
            assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class));
            String text = new String(rendition.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Jane Q. Owner"));
            assertFalse(text.contains("SN-0042"));
        }
        assertEquals(MediaType.JPEG, clean.type());
    }

    @Test
    void theOrientationTagIsAppliedToThePixels() throws Exception {
        // Orientation 6: the camera was turned; viewers must rotate 90° clockwise. The sky (top) ends up right.
        Path photo = file("turned.jpg", TestImages.jpegWithCameraMetadata(400, 200, 6));

        CleanImage clean = reencoder.reencode(photo, MediaType.JPEG);

        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean.largest().bytes()));
        assertEquals(200, upright.getWidth());
        assertEquals(400, upright.getHeight());
        assertTrue(isSky(upright.getRGB(190, 200)), "sky on the right");
        assertFalse(isSky(upright.getRGB(10, 200)), "grass on the left");
    }

    private static boolean isSky(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getGreen() < 200;
    }

    @Test
    void responsiveWidthsAreMadeOnceAndTheLargestIsCapped() throws Exception {
        Path photo = file("wide.jpg", TestImages.jpeg(3000, 1500));

        CleanImage clean = reencoder.reencode(photo, MediaType.JPEG);

        assertEquals(List.of(2048, 1280, 640, 320),
                clean.renditions().stream().map(CleanImage.Rendition::width).toList());
        assertEquals(1024, clean.largest().height());
    }

    @Test
    void aPngWithTransparencyStaysPng() throws Exception {
        BufferedImage logo = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        logo.setRGB(50, 50, 0xFFFF0000);
        Path file = file("logo.png", TestImages.png(logo));

        CleanImage clean = reencoder.reencode(file, MediaType.PNG);

        assertEquals(MediaType.PNG, clean.type());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.largest().bytes()));
        assertEquals(0, back.getRGB(0, 0) >>> 24, "still transparent");
    }

    @Test
    void aHugeDimensionPngIsRefusedBeforeDecoding() throws Exception {
        Path bomb = file("tiny.png", TestImages.pngClaiming(100_000, 100_000));
        assertTrue(Files.size(bomb) < 100_000, "the bomb is a small file");

        MediaRefusedException refused = assertThrows(MediaRefusedException.class,
                () -> reencoder.reencode(bomb, MediaType.PNG));

        assertTrue(refused.getMessage().contains("100,000 × 100,000 pixels"), refused.getMessage());
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() throws Exception {
        Path cut = file("cut.jpg", TestImages.truncatedJpeg(0.5));

        MediaRefusedException refused = assertThrows(MediaRefusedException.class,
                () -> reencoder.reencode(cut, MediaType.JPEG));

        assertTrue(refused.getMessage().contains("damaged or incomplete"), refused.getMessage());
    }
}
