package org.chalkpress.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormTokensTest {

    private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dataDir;

    private FormTokens tokens() {
        FormTokens tokens = new FormTokens();
        tokens.signing = new SigningKey(new ChalkpressConfig() {
            @Override
            public Path dataDir() {
                return dataDir;
            }
        });
        return tokens;
    }

    @Test
    void aTokenWorksForItsAccountAndFormOnly() {
        FormTokens tokens = tokens();
        String token = tokens.of(42, "comment", MONDAY_NOON);
        assertTrue(tokens.matches(42, "comment", token, MONDAY_NOON));
        assertFalse(tokens.matches(43, "comment", token, MONDAY_NOON));
        assertFalse(tokens.matches(42, "report", token, MONDAY_NOON));
        assertFalse(tokens.matches(42, "comment", null, MONDAY_NOON));
    }

    @Test
    void aPageLeftOpenOverTheWeekendStillSendsItsForm() {
        FormTokens tokens = tokens();
        String token = tokens.of(42, "comment", MONDAY_NOON);
        assertTrue(tokens.matches(42, "comment", token, MONDAY_NOON.plus(Duration.ofDays(8))));
    }

    @Test
    void aTokenFromTwoWeeksAgoIsRefused() {
        FormTokens tokens = tokens();
        String token = tokens.of(42, "comment", MONDAY_NOON);
        assertFalse(tokens.matches(42, "comment", token, MONDAY_NOON.plus(Duration.ofDays(15))));
    }

    @Test
    void theWeekInAPageTagChangesWhenNewTokensAreMade() {
        FormTokens tokens = tokens();
        Instant later = MONDAY_NOON.plus(Duration.ofDays(7));
        assertFalse(tokens.of(42, "comment", MONDAY_NOON).equals(tokens.of(42, "comment", later)));
        assertTrue(FormTokens.week(MONDAY_NOON) != FormTokens.week(later));
    }
}
