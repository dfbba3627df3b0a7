package org.chalkpress.media.faces;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces in a photo with OpenCV's Haar cascade (clause PHOTO-CONSENT: a photo showing more faces
 * than people tagged is worth a second look). The model is the one that ships inside the OpenCV native jar, so
 * nothing is downloaded at run time. Detection runs on a grey copy no wider than {@link #WORK_SIDE}: faces
 * in a class photo stay large enough, and a 2048-pixel photo takes a fraction of a second.
 *
 * <p>OpenCV's classifier is not safe to share between threads, so each thread gets its own.
 */
public final class FaceDetector {

    static final String CASCADE = "/org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/"
            + "haarcascade_frontalface_default.xml";
    /** The longest side of the grey copy the detector looks at. */
    static final int WORK_SIDE = 1024;
    /** Faces smaller than this (in the grey copy) are too small to recognise anyone by. */
    private static final int MIN_FACE = 24;

    /** How many overlapping detections make a face: fewer finds more faces, and more things that are not. */
    static final int MIN_NEIGHBOURS = 6;

    private final ThreadLocal<CascadeClassifier> classifiers;
    private final int workSide;
    private final int minNeighbours;

    /**
     * Loads the native library and the cascade.
     *
     * @throws LinkageError when the native library cannot load on this machine
     */
    public FaceDetector() {
        this(WORK_SIDE, MIN_NEIGHBOURS);
    }

    FaceDetector(int workSide, int minNeighbours) {
        this.workSide = workSide;
        this.minNeighbours = minNeighbours;
        Path cascade = extractCascade();
        this.classifiers = ThreadLocal.withInitial(() -> {
            CascadeClassifier classifier = new CascadeClassifier(cascade.toString());
            if (classifier.empty()) {
                throw new IllegalStateException("The face model " + cascade + " could not be read");
            }
            return classifier;
        });
        classifiers.get();
    }

    /** The faces in {@code image}, left to right, in its own pixel coordinates. */
    public List<FaceBox> detect(BufferedImage image) {
        double scale = Math.min(1.0, workSide / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        byte[] pixels = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        List<FaceBox> faces = new ArrayList<>();
        try (Mat mat = new Mat(h, w, opencv_core.CV_8UC1); Mat equalised = new Mat();
             RectVector found = new RectVector(); Size min = new Size(MIN_FACE, MIN_FACE); Size max = new Size()) {
            mat.data().put(pixels, 0, pixels.length);
            opencv_imgproc.equalizeHist(mat, equalised);
            classifiers.get().detectMultiScale(equalised, found, 1.1, minNeighbours, 0, min, max);
            for (long i = 0; i < found.size(); i++) {
                Rect r = found.get(i);
                int x = clamp((int) Math.floor(r.x() / scale), image.getWidth() - 1);
                int y = clamp((int) Math.floor(r.y() / scale), image.getHeight() - 1);
                int right = clamp((int) Math.ceil((r.x() + r.width()) / scale), image.getWidth());
                int bottom = clamp((int) Math.ceil((r.y() + r.height()) / scale), image.getHeight());
                faces.add(new FaceBox(x, y, Math.max(1, right - x), Math.max(1, bottom - y)));
                r.close();
            }
        }
        faces.sort(Comparator.comparingInt(FaceBox::x).thenComparingInt(FaceBox::y));
        return faces;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    /** OpenCV reads its model from a file; the copy lives as long as the server. */
    private static Path extractCascade() {
        try (InputStream in = FaceDetector.class.getResourceAsStream(CASCADE)) {
            if (in == null) {
                throw new IllegalStateException("The face model " + CASCADE + " is not on the class path");
            }
            Path file = Files.createTempFile("chalkpress-faces-", ".xml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the face model", e);
        }
    }
}
