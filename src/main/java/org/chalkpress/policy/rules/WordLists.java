package org.chalkpress.policy.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chalkpress.policy.PolicySettings;

/**
 * The word lists rules read by name: the district's own list from its settings when it has one, otherwise
 * the platform's default in {@code policy/wordlists/<name>.txt}.
 */
final class WordLists {

    private static final Map<String, List<String>> DEFAULTS = new ConcurrentHashMap<>();

    private WordLists() {
    }

    static List<String> resolve(PolicySettings settings, String name) {
        List<String> district = settings.wordList(name);
        return district.isEmpty() ? defaults(name) : district;
    }

    static List<String> defaults(String name) {
        return DEFAULTS.computeIfAbsent(name, WordLists::load);
    }

    private static List<String> load(String name) {
        String path = "/policy/wordlists/" + name + ".txt";
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default word list " + path, e);
        }
    }
}
