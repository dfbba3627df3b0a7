package org.chalkpress.policy;

/** What sort of text passes the publish gate; rules may treat short texts (comments, captions) alike. */
public enum ContentKind {
    POST, WIKI_PAGE, EPISODE, COMMENT, CAPTION, ALT_TEXT;

    public static ContentKind fromCode(String code) {
        return switch (code == null ? "" : code.toLowerCase()) {
            case "post" -> POST;
            case "wiki" -> WIKI_PAGE;
            case "episode" -> EPISODE;
            case "comment" -> COMMENT;
            case "caption" -> CAPTION;
            case "alt", "alt-text" -> ALT_TEXT;
            default -> throw new IllegalArgumentException(
                    "Unknown content kind '" + code + "': use post, wiki, episode, comment or caption");
        };
    }
}
