package org.chalkpress.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded image into a {@link CleanImage} (clause PRIVACY-FIRST: uploaded media is stripped of
 * location and camera metadata). The size is checked before any pixel is decoded, so a decompression bomb
 * (a small file claiming a huge picture, or thousands of animation frames) is refused cheaply; a damaged or
 * truncated file is refused rather than published half grey. Animated GIFs keep their first frame only.
 */
public final class ImageReencoder {

    /** The longest side of the largest rendition; cameras' 8000-pixel originals are not needed on a class page. */
    public static final int MAX_SIDE = 2048;
    /** Narrower renditions for phones and lists, made when the image is wider than them. */
    static final int[] WIDTHS = {1280, 640, 320};
    private static final float JPEG_QUALITY = 0.85f;

    private final MediaLimits limits;

    public ImageReencoder(MediaLimits limits) {
        this.limits = limits;
    }

    public CleanImage reencode(Path file, MediaType type) throws IOException {
        BufferedImage decoded = decode(file, type);
        BufferedImage upright = applyOrientation(decoded, orientation(file));
        boolean keepAlpha = upright.getColorModel().hasAlpha() || type == MediaType.PNG || type == MediaType.GIF;
        return renditions(upright, keepAlpha ? MediaType.PNG : MediaType.JPEG);
    }

    /** The renditions of already clean pixels (also used after blurring faces). */
    public CleanImage renditions(BufferedImage image, MediaType output) throws IOException {
        BufferedImage largest = fit(image, MAX_SIDE);
        List<CleanImage.Rendition> renditions = new ArrayList<>();
        renditions.add(encode(largest, output));
        for (int width : WIDTHS) {
            if (largest.getWidth() > width) {
                int height = Math.max(1, Math.round(largest.getHeight() * (width / (float) largest.getWidth())));
                renditions.add(encode(scale(largest, width, height), output));
            }
        }
        return new CleanImage(output, renditions);
    }

    private BufferedImage decode(Path file, MediaType type) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, type);
            try {
                reader.setInput(in, false, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > limits.maxPixels()) {
                    throw new MediaRefusedException(String.format(Locale.ROOT,
                            "This image is %,d × %,d pixels, more than the %,d million pixels the library accepts. "
                                    + "Make it smaller and upload it again.", width, height,
                            limits.maxPixels() / 1_000_000));
                }
                if (type == MediaType.GIF || type == MediaType.WEBP) {
                    int frames = reader.getNumImages(true);
                    if (frames > limits.maxFrames()) {
                        throw new MediaRefusedException("This animation has " + frames + " frames, more than the "
                                + limits.maxFrames() + " the library accepts. Upload a shorter one or a video.");
                    }
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                // Large originals are read at a fraction of their pixels: memory stays bounded, quality is unchanged
                // at the size we keep.
                int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw damaged();
                }
                return image;
            } catch (MediaRefusedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw damaged();
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream in, MediaType type) {
        if (in == null) {
            throw damaged();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                for (String mime : reader.getOriginatingProvider().getMIMETypes()) {
                    if (mime.equalsIgnoreCase(type.mimeType())) {
                        return reader;
                    }
                }
            } catch (RuntimeException e) {
                // A provider without MIME types cannot be the one we want.
            }
            reader.dispose();
        }
        throw damaged();
    }

    private static MediaRefusedException damaged() {
        return new MediaRefusedException("This image is damaged or incomplete and cannot be read. "
                + "Open it on your computer, save it again, and upload the new copy.");
    }

    /** The EXIF orientation (1 = upright … 8), or 1 when the file has none. */
    static int orientation(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Metadata metadata = ImageMetadataReader.readMetadata(in);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (IOException | ImageProcessingException | MetadataException | RuntimeException e) {
            // Unreadable metadata is simply not applied; the pixels are what count.
        }
        return 1;
    }

    static BufferedImage applyOrientation(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, workingType(image));
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage fit(BufferedImage image, int maxSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= maxSide) {
            return toWorkingType(image);
        }
        double ratio = maxSide / (double) longest;
        return scale(image, Math.max(1, (int) Math.round(image.getWidth() * ratio)),
                Math.max(1, (int) Math.round(image.getHeight() * ratio)));
    }

    /** Halves in bilinear steps then draws the last step: smooth without a slow area-averaging filter. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, workingType(image));
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static BufferedImage toWorkingType(BufferedImage image) {
        int type = workingType(image);
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int workingType(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static CleanImage.Rendition encode(BufferedImage image, MediaType output) throws IOException {
        BufferedImage pixels = output == MediaType.JPEG && image.getColorModel().hasAlpha() ? opaque(image) : image;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(output.mimeType()).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (output == MediaType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata is passed: the written file carries only what the format itself requires.
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return new CleanImage.Rendition(image.getWidth(), image.getHeight(), bytes.toByteArray());
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }
}
