package org.chalkpress.media.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.OptionalLong;

/**
 * Blobs as files under one directory: {@code ab/cd/abcd…} (two levels of fan-out keep directories small). A
 * blob is first written to {@code tmp/}, hashed on the way, then moved into place atomically, so a reader
 * never sees half a file and a crash leaves at most a stray temporary file.
 */
public final class FileSystemBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;

    public FileSystemBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        Path temporary = Files.createTempFile(tmp, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                size = content.transferTo(out);
            }
            BlobKey key = BlobKey.ofDigest(sha256.digest());
            Path target = pathOf(key);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temporary, target);
            }
            return new StoredBlob(key, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another upload of the same bytes won the race; its copy is identical.
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException raced) {
                // As above.
            }
        }
    }

    @Override
    public OptionalLong size(BlobKey key) {
        try {
            return OptionalLong.of(Files.size(pathOf(key)));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public InputStream open(BlobKey key, long offset) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(pathOf(key), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("No media stored under " + key);
        }
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return Channels.newInputStream(channel);
    }

    @Override
    public boolean delete(BlobKey key) throws IOException {
        return Files.deleteIfExists(pathOf(key));
    }

    Path pathOf(BlobKey key) {
        String hex = key.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
