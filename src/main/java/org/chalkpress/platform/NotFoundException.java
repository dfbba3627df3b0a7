package org.chalkpress.platform;

/** Nothing here for this viewer: either it does not exist or they may not know that it does. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
