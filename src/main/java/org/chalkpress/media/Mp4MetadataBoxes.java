package org.chalkpress.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * MP4 video and M4A audio: every metadata box ({@code udta} with the phone's {@code ©xyz} position and the
 * iTunes-style names, {@code meta}, XMP in {@code uuid}) becomes a {@code free} box of zeros of the same size.
 * Nothing moves, so the sample offsets in {@code stco}/{@code co64} stay right and the file plays unchanged.
 */
final class Mp4MetadataBoxes {

    private static final Set<String> METADATA = Set.of("udta", "meta", "uuid", "XMP_");
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "moof", "traf", "edts");
    private static final byte[] FREE = "free".getBytes(StandardCharsets.ISO_8859_1);

    private Mp4MetadataBoxes() {
    }

    static void blank(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            walk(raf, 0, raf.length(), true);
        }
    }

    private static void walk(RandomAccessFile raf, long from, long to, boolean topLevel) throws IOException {
        long at = from;
        while (at + 8 <= to) {
            raf.seek(at);
            long size = raf.readInt() & 0xFFFFFFFFL;
            byte[] typeBytes = new byte[4];
            raf.readFully(typeBytes);
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                size = raf.readLong();
                header = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < header || at + size > to) {
                throw HiddenMetadata.damaged(MediaType.MP4);
            }
            if (METADATA.contains(type)) {
                raf.seek(at + header - 4);
                raf.write(FREE);
                zero(raf, at + header, size - header);
            } else if (CONTAINERS.contains(type)) {
                walk(raf, at + header, at + size, false);
            }
            at += size;
        }
        if (topLevel && at != to) {
            throw HiddenMetadata.damaged(MediaType.MP4);
        }
    }

    static void zero(RandomAccessFile raf, long from, long length) throws IOException {
        byte[] zeros = new byte[(int) Math.min(length, 64 * 1024)];
        raf.seek(from);
        for (long left = length; left > 0; left -= zeros.length) {
            raf.write(zeros, 0, (int) Math.min(left, zeros.length));
        }
    }
}
