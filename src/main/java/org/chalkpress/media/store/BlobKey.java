package org.chalkpress.media.store;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of stored bytes: the lower-case hex SHA-256 of the content. The same bytes always have the same
 * key, so a key in a URL never needs revalidating and a second upload of the same file stores nothing new.
 */
public record BlobKey(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public BlobKey {
        hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 key: " + hex);
        }
    }

    public static BlobKey ofDigest(byte[] sha256) {
        return new BlobKey(HexFormat.of().formatHex(sha256));
    }

    /** True when {@code text} is a well-formed key (for URLs: anything else is simply not found). */
    public static boolean isKey(String text) {
        return text != null && SHA256_HEX.matcher(text).matches();
    }

    @Override
    public String toString() {
        return hex;
    }
}
