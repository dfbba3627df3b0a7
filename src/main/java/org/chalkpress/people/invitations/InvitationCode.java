package org.chalkpress.people.invitations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A family invitation code as printed ("K7QM4-XW9RT"): ten characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 49 bits of chance. Typed back, case, spaces and dashes do not matter. Stored only
 * as a SHA-256 hash: the code is random, so a plain hash cannot be reversed by guessing words.
 */
public record InvitationCode(String value) {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    public InvitationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("An invitation code has " + LENGTH + " letters and digits, like"
                    + " K7QM4-XW9RT. Check the code on the paper from your child's teacher.");
        }
    }

    public static InvitationCode fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new InvitationCode(code.toString());
    }

    /** What a parent typed, forgiving case, spaces and dashes. */
    public static InvitationCode typed(String text) {
        String cleaned = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return new InvitationCode(cleaned);
    }

    /** As printed: two groups of five. */
    public String printed() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
