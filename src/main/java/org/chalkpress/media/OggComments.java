package org.chalkpress.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OGG Vorbis and Opus recordings: the comment header (ARTIST, LOCATION, COMMENT, cover pictures…) is replaced by
 * one with no comments, keeping the encoder's vendor string. The header pages are rebuilt and every later page
 * of the stream renumbered with a fresh checksum; the audio packets are copied unchanged. Streams of other
 * codecs inside an OGG file are copied as they are.
 */
final class OggComments {

    private static final byte[] VORBIS_ID = {1, 'v', 'o', 'r', 'b', 'i', 's'};
    private static final byte[] VORBIS_COMMENT = {3, 'v', 'o', 'r', 'b', 'i', 's'};
    private static final byte[] OPUS_ID = "OpusHead".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OPUS_COMMENT = "OpusTags".getBytes(StandardCharsets.ISO_8859_1);
    private static final int[] CRC = crcTable();

    private OggComments() {
    }

    static void empty(Path file) throws IOException {
        Path clean = Files.createTempFile(file.getParent(), "clean-", ".part");
        try {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(clean))) {
                copyWithoutComments(in, out);
            }
            Files.move(clean, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(clean);
        }
    }

    private static void copyWithoutComments(DataInputStream in, OutputStream out) throws IOException {
        Map<Integer, Stream> streams = new HashMap<>();
        boolean any = false;
        for (Page page = Page.read(in); page != null; page = Page.read(in)) {
            any = true;
            Stream stream = streams.get(page.serial);
            if (stream == null) {
                if ((page.flags & 0x02) == 0) {
                    throw HiddenMetadata.damaged(MediaType.OGG);
                }
                stream = new Stream(headerPackets(page));
                streams.put(page.serial, stream);
                page.write(out);
                continue;
            }
            if (stream.collecting()) {
                stream.collect(page, out);
                continue;
            }
            page.sequence += stream.shift;
            page.write(out);
        }
        if (!any || streams.values().stream().anyMatch(Stream::collecting)) {
            throw HiddenMetadata.damaged(MediaType.OGG);
        }
    }

    /** Header packets after the first (identification) one: comment + setup for Vorbis, comment for Opus. */
    private static int headerPackets(Page first) {
        if (startsWith(first.body, VORBIS_ID)) {
            return 2;
        }
        return startsWith(first.body, OPUS_ID) ? 1 : 0;
    }

    /** One logical stream: its header packets are gathered, rewritten, and later pages shifted in number. */
    private static final class Stream {
        private final int headersWanted;
        private final List<byte[]> headers = new ArrayList<>();
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        private int pagesRead;
        private int firstSequence = -1;
        private int serial;
        int shift;

        Stream(int headersWanted) {
            this.headersWanted = headersWanted;
        }

        boolean collecting() {
            return headers.size() < headersWanted;
        }

        void collect(Page page, OutputStream out) throws IOException {
            if (firstSequence < 0) {
                firstSequence = page.sequence;
                serial = page.serial;
            }
            pagesRead++;
            int at = 0;
            for (int n = 0; n < page.lacing.length; n++) {
                int length = page.lacing[n];
                if (!collecting()) {
                    // The audio must begin on a fresh page after the headers.
                    throw HiddenMetadata.damaged(MediaType.OGG);
                }
                partial.write(page.body, at, length);
                at += length;
                if (length < 255) {
                    headers.add(partial.toByteArray());
                    partial.reset();
                }
            }
            if (!collecting()) {
                List<byte[]> packets = new ArrayList<>(headers);
                packets.set(0, withoutComments(packets.get(0)));
                List<Page> rebuilt = Page.lay(packets, serial, firstSequence);
                for (Page p : rebuilt) {
                    p.write(out);
                }
                shift = rebuilt.size() - pagesRead;
            }
        }
    }

    static byte[] withoutComments(byte[] packet) {
        boolean vorbis = startsWith(packet, VORBIS_COMMENT);
        if (!vorbis && !startsWith(packet, OPUS_COMMENT)) {
            throw HiddenMetadata.damaged(MediaType.OGG);
        }
        int prefix = vorbis ? VORBIS_COMMENT.length : OPUS_COMMENT.length;
        if (packet.length < prefix + 4) {
            throw HiddenMetadata.damaged(MediaType.OGG);
        }
        int vendorLength = ByteBuffer.wrap(packet, prefix, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (vendorLength < 0 || prefix + 4 + vendorLength > packet.length) {
            throw HiddenMetadata.damaged(MediaType.OGG);
        }
        ByteBuffer clean = ByteBuffer.allocate(prefix + 4 + vendorLength + 4 + (vorbis ? 1 : 0))
                .order(ByteOrder.LITTLE_ENDIAN);
        clean.put(packet, 0, prefix + 4 + vendorLength).putInt(0);
        if (vorbis) {
            clean.put((byte) 1);
        }
        return clean.array();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** One OGG page (RFC 3533). */
    private static final class Page {
        int flags;
        long granule;
        int serial;
        int sequence;
        int[] lacing;
        byte[] body;

        static Page read(DataInputStream in) throws IOException {
            byte[] capture = new byte[4];
            int first = in.read();
            if (first < 0) {
                return null;
            }
            capture[0] = (byte) first;
            try {
                in.readFully(capture, 1, 3);
                if (!"OggS".equals(new String(capture, StandardCharsets.ISO_8859_1)) || in.readUnsignedByte() != 0) {
                    throw HiddenMetadata.damaged(MediaType.OGG);
                }
                Page page = new Page();
                page.flags = in.readUnsignedByte();
                page.granule = Long.reverseBytes(in.readLong());
                page.serial = Integer.reverseBytes(in.readInt());
                page.sequence = Integer.reverseBytes(in.readInt());
                in.readInt();
                page.lacing = new int[in.readUnsignedByte()];
                int bodyLength = 0;
                for (int n = 0; n < page.lacing.length; n++) {
                    page.lacing[n] = in.readUnsignedByte();
                    bodyLength += page.lacing[n];
                }
                page.body = new byte[bodyLength];
                in.readFully(page.body);
                return page;
            } catch (EOFException e) {
                throw HiddenMetadata.damaged(MediaType.OGG);
            }
        }

        /** Header packets laid out on fresh pages, each packet's last page with granule position 0. */
        static List<Page> lay(List<byte[]> packets, int serial, int firstSequence) {
            List<Page> pages = new ArrayList<>();
            List<Integer> lacing = new ArrayList<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            boolean continued = false;
            boolean packetEnded = false;
            for (byte[] packet : packets) {
                int at = 0;
                while (true) {
                    int length = Math.min(255, packet.length - at);
                    lacing.add(length);
                    body.write(packet, at, length);
                    at += length;
                    boolean last = length < 255;
                    packetEnded |= last;
                    if (lacing.size() == 255) {
                        pages.add(page(serial, firstSequence + pages.size(), continued, packetEnded, lacing, body));
                        continued = !last;
                        packetEnded = false;
                        lacing.clear();
                        body.reset();
                    }
                    if (last) {
                        break;
                    }
                }
            }
            if (!lacing.isEmpty()) {
                pages.add(page(serial, firstSequence + pages.size(), continued, packetEnded, lacing, body));
            }
            return pages;
        }

        private static Page page(int serial, int sequence, boolean continued, boolean packetEnded,
                                 List<Integer> lacing, ByteArrayOutputStream body) {
            Page page = new Page();
            page.flags = continued ? 0x01 : 0;
            page.granule = packetEnded ? 0 : -1;
            page.serial = serial;
            page.sequence = sequence;
            page.lacing = lacing.stream().mapToInt(Integer::intValue).toArray();
            page.body = body.toByteArray();
            return page;
        }

        void write(OutputStream out) throws IOException {
            ByteBuffer header = ByteBuffer.allocate(27 + lacing.length).order(ByteOrder.LITTLE_ENDIAN);
            header.put("OggS".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).put((byte) flags)
                    .putLong(granule).putInt(serial).putInt(sequence).putInt(0).put((byte) lacing.length);
            for (int value : lacing) {
                header.put((byte) value);
            }
            byte[] head = header.array();
            int crc = crc(0, head);
            crc = crc(crc, body);
            ByteBuffer.wrap(head, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc);
            out.write(head);
            out.write(body);
        }
    }

    private static int crc(int crc, byte[] bytes) {
        for (byte b : bytes) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) ^ (b & 0xFF)) & 0xFF];
        }
        return crc;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int r = n << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[n] = r;
        }
        return table;
    }
}
