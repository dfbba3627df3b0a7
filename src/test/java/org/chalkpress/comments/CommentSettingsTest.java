package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CommentSettingsTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void commentsCloseTheGivenNumberOfDaysAfterThePageWasFirstPublished() {
        CommentSettings settings = new CommentSettings(1L, WhoMayComment.STUDENTS, true, false, 14);
        assertFalse(settings.closedFor(PUBLISHED, PUBLISHED.plusDays(14)));
        assertTrue(settings.closedFor(PUBLISHED, PUBLISHED.plusDays(14).plusMinutes(1)));
    }

    @Test
    void zeroDaysMeansCommentsStayOpen() {
        assertFalse(CommentSettings.defaults(1L).closedFor(PUBLISHED, PUBLISHED.plusYears(5)));
    }

    @Test
    void theDefaultsLetStudentsCommentUnderModerationAndNotParents() {
        CommentSettings defaults = CommentSettings.defaults(1L);
        assertTrue(defaults.whoMayComment().students());
        assertFalse(defaults.whoMayComment().parents());
        assertTrue(defaults.parentsNeedApproval());
        assertFalse(defaults.linksInStudentComments());
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CommentSettings(1L, WhoMayComment.NOBODY, true, false, -1));
    }
}
