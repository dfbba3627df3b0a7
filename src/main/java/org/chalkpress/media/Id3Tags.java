package org.chalkpress.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * MP3: the ID3v2 tags before the sound, and the ID3v1, extended ID3v1, APEv2 and appended ID3v2 tags after
 * it, are cut off; the MPEG frames between them (including the Xing/Info frame podcast apps read the
 * duration from) are kept byte for byte.
 */
final class Id3Tags {

    private Id3Tags() {
    }

    static void remove(Path file) throws IOException {
        long start;
        long end;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            start = 0;
            while (start + 10 <= raf.length() && "ID3".equals(ascii(raf, start, 3))) {
                raf.seek(start + 5);
                int flags = raf.readUnsignedByte();
                start += 10 + syncsafe(raf) + ((flags & 0x10) != 0 ? 10 : 0);
            }
            end = raf.length();
            boolean found = true;
            while (found && end > start) {
                found = false;
                if (end - start >= 128 && "TAG".equals(ascii(raf, end - 128, 3))) {
                    end -= 128;
                    found = true;
                    if (end - start >= 227 && "TAG+".equals(ascii(raf, end - 227, 4))) {
                        end -= 227;
                    }
                } else if (end - start >= 32 && "APETAGEX".equals(ascii(raf, end - 32, 8))) {
                    raf.seek(end - 32 + 12);
                    long size = Integer.reverseBytes(raf.readInt()) & 0xFFFFFFFFL;
                    raf.seek(end - 32 + 20);
                    boolean hasHeader = (Integer.reverseBytes(raf.readInt()) & 0x80000000) != 0;
                    end -= size + (hasHeader ? 32 : 0);
                    found = true;
                } else if (end - start >= 10 && "3DI".equals(ascii(raf, end - 10, 3))) {
                    raf.seek(end - 10 + 6);
                    end -= 20 + syncsafe(raf);
                    found = true;
                }
            }
        }
        if (end <= start) {
            throw HiddenMetadata.damaged(MediaType.MP3);
        }
        if (start == 0 && end == Files.size(file)) {
            return;
        }
        Path clean = Files.createTempFile(file.getParent(), "clean-", ".part");
        try {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(clean, StandardOpenOption.WRITE)) {
                for (long at = start; at < end; ) {
                    at += in.transferTo(at, end - at, out);
                }
            }
            Files.move(clean, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(clean);
        }
    }

    private static String ascii(RandomAccessFile raf, long at, int length) throws IOException {
        byte[] bytes = new byte[length];
        raf.seek(at);
        raf.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A 28-bit ID3 size: four bytes of seven bits each. */
    private static long syncsafe(RandomAccessFile raf) throws IOException {
        long size = 0;
        for (int n = 0; n < 4; n++) {
            size = (size << 7) | (raf.readUnsignedByte() & 0x7F);
        }
        return size;
    }
}
