package org.chalkpress.sites.theme;

/** A theme folder cannot be used; the message names the file, the key and what to change. */
public class ThemeException extends RuntimeException {

    public ThemeException(String message) {
        super(message);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }

    static ThemeException atKey(String file, String key, String problem) {
        return new ThemeException(file + ", key " + key + ": " + problem);
    }
}
