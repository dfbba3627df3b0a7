package org.chalkpress.media.store;

/** What {@link BlobStore#put} stored: the content's key and its length in bytes. */
public record StoredBlob(BlobKey key, long size) {
}
