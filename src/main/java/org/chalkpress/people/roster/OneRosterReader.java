package org.chalkpress.people.roster;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a district's OneRoster 1.1 CSV export, as the zip its student information system produced or
 * as the individual files, into a validated {@link RosterSnapshot}. Anything wrong is collected, not
 * stopped at: the {@link RosterImportException} lists every problem with file, row and field, so the
 * district can fix the export in one pass. The reader only reads; storing the snapshot is the caller's.
 *
 * <p>Rows with {@code status=tobedeleted} are not in the snapshot's lists; their sourcedIds are in
 * {@link RosterSnapshot#deletions()}. The export is treated as a full (bulk) export.
 */
public final class OneRosterReader {

    static final String UPLOAD = "upload";

    private final RosterLimits limits;

    public OneRosterReader() {
        this(RosterLimits.defaults());
    }

    public OneRosterReader(RosterLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a zip of the CSV files (they may sit in a folder inside it). The stream is read to its
     * end, within {@link RosterLimits}, and left open.
     */
    public RosterSnapshot readZip(InputStream zip) throws RosterImportException {
        ProblemLog log = new ProblemLog(limits.maxProblems());
        Map<OneRosterFile, byte[]> files = RosterZip.unpack(zip, limits, log);
        if (!log.isEmpty()) {
            throw new RosterImportException(log.report());
        }
        return validate(files, log);
    }

    public RosterSnapshot readZip(byte[] zip) throws RosterImportException {
        return readZip(new ByteArrayInputStream(zip));
    }

    /**
     * Reads the CSV files uploaded one by one, keyed by file name ({@code users.csv}; case and any
     * folder part are ignored). Files that are not OneRoster files are ignored.
     */
    public RosterSnapshot readFiles(Map<String, byte[]> filesByName) throws RosterImportException {
        ProblemLog log = new ProblemLog(limits.maxProblems());
        Map<OneRosterFile, byte[]> files = new EnumMap<>(OneRosterFile.class);
        filesByName.forEach((name, bytes) -> {
            Optional<OneRosterFile> file = OneRosterFile.forName(name);
            if (file.isEmpty()) {
                return;
            }
            if (bytes.length > limits.maxFileBytes()) {
                log.fileProblem(file.get().fileName(), "is larger than " + RosterZip.megabytes(limits.maxFileBytes())
                        + ", the limit for one file; check it is the OneRoster export, or ask Chalkpress support "
                        + "to raise the limit for this district");
            } else if (files.putIfAbsent(file.get(), bytes) != null) {
                log.fileProblem(file.get().fileName(), "was uploaded twice (again as '" + name + "'); upload it once");
            }
        });
        if (files.isEmpty() && log.isEmpty()) {
            log.fileProblem(UPLOAD, "contains none of the OneRoster files (" + String.join(", ",
                    OneRosterFile.requiredFileNames()) + "); upload the CSV files your student information system "
                    + "exported as OneRoster 1.1");
        }
        if (!log.isEmpty()) {
            throw new RosterImportException(log.report());
        }
        return validate(files, log);
    }

    private RosterSnapshot validate(Map<OneRosterFile, byte[]> files, ProblemLog log) {
        return new RosterExport(files, log).validate().orElseThrow(() -> new RosterImportException(log.report()));
    }
}
