package org.chalkpress.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One width an image was re-encoded to. */
@Embeddable
public class MediaRendition {

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "blob_key", nullable = false)
    private String blobKey;

    protected MediaRendition() {
    }

    public MediaRendition(int width, int height, String blobKey) {
        this.width = width;
        this.height = height;
        this.blobKey = blobKey;
    }

    public int width() { return width; }
    public int height() { return height; }
    public String blobKey() { return blobKey; }
}
