package org.chalkpress.people;

/** The caller may not do this. Pages answer 404 where even the existence of the thing is private. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
