package org.chalkpress.sites.theme;

import java.util.regex.Pattern;

/**
 * A CSS font stack of installed system fonts, e.g. {@code "Segoe UI", Roboto, sans-serif}. Only letters, digits,
 * spaces, commas, quotes and hyphens pass: the value is written into the site stylesheet, and without brackets
 * or semicolons it can neither close the declaration nor fetch a web font.
 */
public record FontStack(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 ,'\"-]+");
    private static final int MAX_LENGTH = 200;

    public static final String ACCEPTED =
            "a comma-separated list of installed fonts ending in a generic family, e.g. \"Segoe UI\", Arial, sans-serif"
                    + " (letters, digits, spaces, commas, quotes and hyphens only)";

    public FontStack {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the font stack is empty; use " + ACCEPTED);
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a font stack we accept; use " + ACCEPTED);
        }
        for (String family : value.split(",", -1)) {
            String name = family.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + value + "' has an empty font name between commas; use " + ACCEPTED);
            }
            if (!quotedOrBare(name)) {
                throw new IllegalArgumentException("'" + value + "' has unbalanced quotes around " + name
                        + "; put a font name with spaces in matching quotes, e.g. \"Segoe UI\"");
            }
        }
    }

    private static boolean quotedOrBare(String name) {
        boolean hasQuote = name.indexOf('"') >= 0 || name.indexOf('\'') >= 0;
        if (!hasQuote) {
            return true;
        }
        char first = name.charAt(0);
        String inner = name.length() >= 2 ? name.substring(1, name.length() - 1) : "";
        return (first == '"' || first == '\'') && name.length() >= 3 && name.charAt(name.length() - 1) == first
                && inner.indexOf('"') < 0 && inner.indexOf('\'') < 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
