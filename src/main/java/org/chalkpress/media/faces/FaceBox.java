package org.chalkpress.media.faces;

/**
 * Where a face is in a stored photo, in the pixels of its largest rendition.
 */
public record FaceBox(int x, int y, int width, int height) {

    public FaceBox {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A face box needs a positive size inside the image");
        }
    }

    /** The box grown by {@code fraction} of its size on every side, kept inside a {@code w} × {@code h} image. */
    public FaceBox grown(double fraction, int imageWidth, int imageHeight) {
        int dx = (int) Math.round(width * fraction);
        int dy = (int) Math.round(height * fraction);
        int left = Math.max(0, x - dx);
        int top = Math.max(0, y - dy);
        int right = Math.min(imageWidth, x + width + dx);
        int bottom = Math.min(imageHeight, y + height + dy);
        return new FaceBox(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
    }
}
