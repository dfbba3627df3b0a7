package org.chalkpress.consent;

import java.util.Locale;

/** What the guardian (or the staff member) said when asked for one kind of media. */
public enum ConsentAnswer {
    GRANTED,
    REFUSED;

    /** Reads "granted"/"refused" (and the everyday "yes"/"no", "given") as a district export writes them. */
    public static ConsentAnswer fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "granted", "given", "yes", "y" -> GRANTED;
            case "refused", "denied", "no", "n" -> REFUSED;
            default -> throw new IllegalArgumentException("Unknown decision '" + code + "': use granted or refused");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
