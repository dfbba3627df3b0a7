package org.chalkpress.platform.web;

/** Escaping for text and attribute values written into HTML by hand-rendered pages. */
public final class Html {

    private Html() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Attribute values are escaped the same way; always quote them with double quotes. */
    public static String attr(String value) {
        return text(value);
    }
}
