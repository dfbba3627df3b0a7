package org.chalkpress.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An uploaded CSV file's bytes as text, checked by content rather than by name: spreadsheets, zips and PDFs
 * are recognised and named, and text must be UTF-8 (a byte order mark is dropped). Shared by the roster and
 * consent imports, so both say the same thing about the same wrong file.
 */
public final class CsvText {

    private static final int BINARY_SNIFF_BYTES = 8192;

    /** The text, or the line number of the first byte that is not UTF-8. */
    public record Decoded(String text, int badLine) {
        public boolean ok() {
            return text != null;
        }
    }

    private CsvText() {
    }

    /** What the file is if it is not text at all ("it is an old Excel .xls workbook"), or empty for text. */
    public static Optional<String> binaryKind(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of("it is a zip archive or an Excel .xlsx workbook");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("it is an old Excel .xls workbook");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("it is a PDF");
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return Optional.of("it contains binary data; if it was saved as UTF-16 'Unicode text', save it as UTF-8");
            }
        }
        return Optional.empty();
    }

    public static Decoded decodeUtf8(byte[] bytes) {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, line);
        }
        out.flip();
        return new Decoded(out.toString(), 0);
    }

    /** The sentence both imports use for a file that is not UTF-8. */
    public static String notUtf8(int line) {
        return "is not UTF-8 text (the first bad character is on line " + line + ", often an accented letter saved"
                + " as Windows-1252 or Latin-1); export it again as 'CSV UTF-8'";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
