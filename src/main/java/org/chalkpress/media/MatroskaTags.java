package org.chalkpress.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Set;

/**
 * WebM (Matroska): the Tags (titles, names, locations), Attachments (cover pictures) and the Title and
 * recording date in Info become Void elements of the same length, so every position the SeekHead and Cues
 * record stays right. No well-kept Java library edits Matroska, and blanking in place needs none.
 */
final class MatroskaTags {

    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final Set<Long> SEGMENT_METADATA = Set.of(0x1254C367L, 0x1941A469L);
    private static final Set<Long> INFO_METADATA = Set.of(0x7BA9L, 0x4461L);
    private static final int VOID = 0xEC;

    private MatroskaTags() {
    }

    static void blank(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = 0;
            long end = raf.length();
            while (at < end) {
                Element element = Element.read(raf, at, end);
                if (element.id == SEGMENT) {
                    walk(raf, element.dataStart, element.end(end), SEGMENT_METADATA, true);
                } else if (element.id != EBML && element.id != VOID) {
                    throw HiddenMetadata.damaged(MediaType.WEBM);
                }
                if (element.unknownSize) {
                    break;
                }
                at = element.end(end);
            }
        }
    }

    private static void walk(RandomAccessFile raf, long from, long to, Set<Long> metadata, boolean segment)
            throws IOException {
        long at = from;
        while (at < to) {
            Element element = Element.read(raf, at, to);
            if (metadata.contains(element.id)) {
                element.blank(raf);
            } else if (segment && element.id == INFO) {
                walk(raf, element.dataStart, element.end(to), INFO_METADATA, false);
            }
            if (element.unknownSize) {
                // A live-recorded cluster without a length: its end cannot be found without reading every block.
                if (element.id != CLUSTER) {
                    throw HiddenMetadata.damaged(MediaType.WEBM);
                }
                return;
            }
            at = element.end(to);
        }
    }

    private record Element(long start, long id, int idLength, int sizeLength, long dataStart, long dataLength,
                           boolean unknownSize) {

        static Element read(RandomAccessFile raf, long at, long limit) throws IOException {
            raf.seek(at);
            int first = raf.read();
            int idLength = first <= 0 ? 0 : Integer.numberOfLeadingZeros(first) - 23;
            if (idLength < 1 || idLength > 4 || at + idLength >= limit) {
                throw HiddenMetadata.damaged(MediaType.WEBM);
            }
            long id = first;
            for (int n = 1; n < idLength; n++) {
                id = (id << 8) | raf.readUnsignedByte();
            }
            int sizeFirst = raf.read();
            int sizeLength = sizeFirst <= 0 ? 0 : Integer.numberOfLeadingZeros(sizeFirst) - 23;
            if (sizeLength < 1 || sizeLength > 8) {
                throw HiddenMetadata.damaged(MediaType.WEBM);
            }
            long size = sizeFirst & (0xFF >> sizeLength);
            boolean allOnes = size == (0xFF >> sizeLength);
            for (int n = 1; n < sizeLength; n++) {
                int b = raf.readUnsignedByte();
                allOnes &= b == 0xFF;
                size = (size << 8) | b;
            }
            long dataStart = at + idLength + sizeLength;
            if (!allOnes && dataStart + size > limit) {
                throw HiddenMetadata.damaged(MediaType.WEBM);
            }
            return new Element(at, id, idLength, sizeLength, dataStart, allOnes ? -1 : size, allOnes);
        }

        long end(long limit) {
            return unknownSize ? limit : dataStart + dataLength;
        }

        /** Rewritten as a Void element over exactly the same bytes, its content zeroed. */
        void blank(RandomAccessFile raf) throws IOException {
            if (unknownSize) {
                throw HiddenMetadata.damaged(MediaType.WEBM);
            }
            int voidSizeLength = Math.min(8, idLength + sizeLength - 1);
            long voidStart = start + 1 + voidSizeLength;
            long voidLength = dataStart + dataLength - voidStart;
            raf.seek(start);
            raf.write(VOID);
            long marked = voidLength | (1L << (7 * voidSizeLength));
            for (int n = voidSizeLength - 1; n >= 0; n--) {
                raf.write((int) (marked >>> (8 * n)) & 0xFF);
            }
            Mp4MetadataBoxes.zero(raf, voidStart, voidLength);
        }
    }
}
