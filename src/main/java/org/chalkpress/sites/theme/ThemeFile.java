package org.chalkpress.sites.theme;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** The checked values of one {@code theme.properties}; every value is checked here so errors name their file. */
record ThemeFile(String description, Map<ThemeKey, String> values) {

    static final String NAME = "theme.properties";

    ThemeFile {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    static ThemeFile read(ThemeFolder folder) {
        String description = folder.describe(NAME);
        byte[] bytes = folder.read(NAME).orElseThrow(() -> new ThemeException(
                description + " is missing; every theme folder needs one (see themes/README.md)"));
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(utf8(bytes)));
        } catch (CharacterCodingException e) {
            throw new ThemeException(description + " is not valid UTF-8; save it with UTF-8 encoding", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeException(description + " cannot be read as a properties file: " + e.getMessage(), e);
        }
        Map<ThemeKey, String> values = new EnumMap<>(ThemeKey.class);
        for (String name : properties.stringPropertyNames()) {
            ThemeKey key = ThemeKey.fromKey(name).orElseThrow(() -> ThemeException.atKey(description, name,
                    "unknown key; check the spelling, the keys are " + ThemeKey.allKeys()));
            String value = properties.getProperty(name).strip();
            if (value.isEmpty()) {
                throw ThemeException.atKey(description, name,
                        "the value is empty; write a value, or delete the line to inherit the district's");
            }
            try {
                key.check(value);
            } catch (IllegalArgumentException e) {
                throw ThemeException.atKey(description, name, e.getMessage());
            }
            values.put(key, value);
        }
        return new ThemeFile(description, values);
    }

    boolean sets(ThemeKey key) {
        return values.containsKey(key);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
