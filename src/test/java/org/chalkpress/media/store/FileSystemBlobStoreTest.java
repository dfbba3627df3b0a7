package org.chalkpress.media.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesBytesUnderTheirSha256InTwoLevelsOfDirectories() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        byte[] bytes = "a class photo, pretend".getBytes(StandardCharsets.UTF_8);

        StoredBlob stored = store.put(new ByteArrayInputStream(bytes));

        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(hex, stored.key().hex());
        assertEquals(bytes.length, stored.size());
        assertTrue(Files.isRegularFile(dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex)));
        assertEquals(OptionalLong.of(bytes.length), store.size(stored.key()));
    }

    @Test
    void theSameBytesTwiceAreStoredOnceAndLeaveNoTemporaryFiles() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        byte[] bytes = new byte[200_000];
        new java.util.Random(7).nextBytes(bytes);

        StoredBlob first = store.put(new ByteArrayInputStream(bytes));
        StoredBlob second = store.put(new ByteArrayInputStream(bytes));

        assertEquals(first, second);
        try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, left.count());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void readsFromAnOffset() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        StoredBlob stored = store.put(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)));

        try (InputStream in = store.open(stored.key(), 6)) {
            assertArrayEquals("6789".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
        }
    }

    @Test
    void deletedBlobsAreGoneAndMissingOnesSaySo() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        StoredBlob stored = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertTrue(store.delete(stored.key()));
        assertFalse(store.delete(stored.key()));
        assertEquals(OptionalLong.empty(), store.size(stored.key()));
        assertThrows(FileNotFoundException.class, () -> store.open(stored.key(), 0));
    }

    @Test
    void aFailedUploadStoresNothing() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        InputStream breaksHalfway = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 42;
            }
        };

        assertThrows(IOException.class, () -> store.put(breaksHalfway));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void keysAreValidatedSoNoPathCanBeSmuggledIn() {
        assertThrows(IllegalArgumentException.class, () -> new BlobKey("../../etc/passwd"));
        assertFalse(BlobKey.isKey("ABC"));
    }
}
