package org.chalkpress.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real image files made in the tests: photos with camera metadata, bombs, truncated files. */
public final class TestImages {

    private TestImages() {
    }

    /** A photo-like picture: a sky-blue top half (to find "up" after rotation) and a green bottom half. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 160, 230));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(new Color(40, 150, 60));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(BufferedImage image) throws IOException {
        return encode(image, "png");
    }

    public static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No writer for " + format);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone makes it: GPS position of the school yard, the camera's serial number, the owner's
     * name, and the orientation tag telling viewers to turn it.
     */
    public static byte[] jpegWithCameraMetadata(int width, int height, int orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(-122.4194, 37.7749);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, "Jane Q. Owner");
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-0042-CAMERA");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a valid PNG whose header claims {@code width × height} pixels but whose file is
     * tiny (a few compressed rows; readers that trust the header allocate the whole picture).
     */
    public static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(1);  // bit depth
        h.writeByte(0);  // greyscale
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(file, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(pixels)) {
            z.write(new byte[(width / 8 + 2) * 4]);
        }
        chunk(file, "IDAT", pixels.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** The first {@code fraction} of a noisy JPEG, as when an upload from a phone is cut off. */
    public static byte[] truncatedJpeg(double fraction) throws IOException {
        BufferedImage noise = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        byte[] whole = encode(noise, "jpeg");
        return java.util.Arrays.copyOf(whole, (int) (whole.length * fraction));
    }
}
