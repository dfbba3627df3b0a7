package org.chalkpress.podcast;

/** A transcript file that cannot be read, with what to fix in words a teacher can act on. */
public class TranscriptException extends RuntimeException {

    public TranscriptException(String message) {
        super(message);
    }
}
