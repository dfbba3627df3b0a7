package org.chalkpress.policy;

import java.util.List;
import java.util.Objects;

/**
 * What the rules know about a recording published with the text (a podcast episode): whether a transcript
 * was given, and for each person heard in it whether their voice consent is on file for the audience.
 */
public record Recording(boolean transcriptGiven, List<Voice> voices) {

    /** One person heard in the recording, with the consent registry's answer in words a teacher can act on. */
    public record Voice(String name, boolean consented, String explanation) {
        public Voice {
            Objects.requireNonNull(name, "name");
            explanation = explanation == null ? "" : explanation;
        }
    }

    public Recording {
        voices = List.copyOf(voices);
    }
}
