package org.chalkpress.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Content-addressed storage for media bytes (images after re-encoding, video, audio). Bytes are addressed by
 * their SHA-256, so storing the same bytes twice is harmless and stored bytes never change under a key.
 * Implementations stream: nothing here holds a whole file in memory. The file system is the default
 * ({@link FileSystemBlobStore}); an object store (S3-like) can implement the same four operations.
 */
public interface BlobStore {

    /**
     * Stores everything {@code content} yields, reading it to the end (the caller closes it). Idempotent: when
     * the bytes are already stored, the existing copy is kept.
     */
    StoredBlob put(InputStream content) throws IOException;

    /** The stored length in bytes, or empty when nothing is stored under {@code key}. */
    OptionalLong size(BlobKey key);

    /**
     * The stored bytes from {@code offset} (0 for the start) to the end, for byte-range serving.
     *
     * @throws java.io.FileNotFoundException when nothing is stored under {@code key}
     */
    InputStream open(BlobKey key, long offset) throws IOException;

    /** Removes the bytes; true when something was stored. Callers make sure no media item still points here. */
    boolean delete(BlobKey key) throws IOException;
}
