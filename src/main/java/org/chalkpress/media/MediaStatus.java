package org.chalkpress.media;

/** Whether media may be shown. Withdrawn media leaves a neutral placeholder wherever it was embedded. */
public enum MediaStatus {
    ACTIVE, WITHDRAWN
}
