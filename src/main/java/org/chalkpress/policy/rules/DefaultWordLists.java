package org.chalkpress.policy.rules;

import java.util.List;

/**
 * The word lists the rules read by name, and the platform's default for each. A district list of the same
 * name replaces the default (for url-shorteners it adds to it), so the administration screen shows these.
 */
public final class DefaultWordLists {

    /** Every list a rule reads, in the order the administration screen shows them. */
    public static final List<String> NAMES = List.of("profanity", "slurs", "harassment", "adult",
            "classroom-exceptions", "substances", "substances-exceptions", "url-shorteners");

    private DefaultWordLists() {
    }

    public static List<String> of(String name) {
        return WordLists.defaults(name);
    }
}
