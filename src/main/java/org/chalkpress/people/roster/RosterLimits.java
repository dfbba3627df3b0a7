package org.chalkpress.people.roster;

/**
 * How much a OneRoster upload may make the server read. The defaults suit a large district's nightly
 * export; zip bombs and runaway files are refused before they are held in memory.
 *
 * @param maxFileBytes        largest single CSV file, uncompressed (default 20 MB)
 * @param maxZipEntries       most entries a zip may hold, folders included (default 20)
 * @param maxCompressionRatio largest uncompressed:compressed ratio for an entry over 1 MB (default 100;
 *                            real CSV exports compress about 5 to 15 times)
 * @param maxProblems         most problems listed in a report; the rest are only counted (default 1000)
 */
public record RosterLimits(long maxFileBytes, int maxZipEntries, int maxCompressionRatio, int maxProblems) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public RosterLimits {
        if (maxFileBytes < 1 || maxZipEntries < 1 || maxCompressionRatio < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("Roster limits must all be positive");
        }
    }

    public static RosterLimits defaults() {
        return new RosterLimits(DEFAULT_MAX_FILE_BYTES, 20, 100, 1000);
    }

    public RosterLimits withMaxFileBytes(long bytes) {
        return new RosterLimits(bytes, maxZipEntries, maxCompressionRatio, maxProblems);
    }

    public RosterLimits withMaxZipEntries(int entries) {
        return new RosterLimits(maxFileBytes, entries, maxCompressionRatio, maxProblems);
    }

    public RosterLimits withMaxCompressionRatio(int ratio) {
        return new RosterLimits(maxFileBytes, maxZipEntries, ratio, maxProblems);
    }

    public RosterLimits withMaxProblems(int problems) {
        return new RosterLimits(maxFileBytes, maxZipEntries, maxCompressionRatio, problems);
    }
}
