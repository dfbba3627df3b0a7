package org.chalkpress.consent;

/**
 * Whether one person may appear in one kind of media for one audience, and why in words a teacher can act on
 * ("Maya Rivera's guardian has not signed a media release for photos").
 */
public record ConsentDecision(boolean permitted, String explanation) {

    public static ConsentDecision permitted(String explanation) {
        return new ConsentDecision(true, explanation);
    }

    public static ConsentDecision refused(String explanation) {
        return new ConsentDecision(false, explanation);
    }
}
