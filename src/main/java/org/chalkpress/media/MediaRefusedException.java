package org.chalkpress.media;

import java.util.Map;
import org.chalkpress.platform.InvalidInputException;

/** An upload the library will not keep, with what the teacher can do about it. Nothing was stored. */
public class MediaRefusedException extends InvalidInputException {

    public MediaRefusedException(String message) {
        super(Map.of("file", message));
    }
}
