package org.chalkpress.consent;

/** What a media release or a staff member's own permission covers; each is given or refused on its own. */
public enum ConsentKind {
    PHOTO("photos"),
    VIDEO("video"),
    VOICE("voice recordings"),
    /** The person's name on pages that anyone on the internet can read. */
    NAME_PUBLIC("name on public pages");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    /** Plain words for forms and findings: "no media release for photos". */
    public String label() {
        return label;
    }
}
