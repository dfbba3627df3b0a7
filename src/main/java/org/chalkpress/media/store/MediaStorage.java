package org.chalkpress.media.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.chalkpress.platform.ChalkpressConfig;

/** Chooses where media bytes live: the file system under {@code ${chalkpress.data.dir}/media}. */
@ApplicationScoped
public class MediaStorage {

    @Inject
    ChalkpressConfig config;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        try {
            return new FileSystemBlobStore(config.dataDir().resolve("media"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory under " + config.dataDir(), e);
        }
    }
}
