package org.chalkpress.people.roster;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded OneRoster zip within {@link RosterLimits}. Every entry is inflated through the
 * same size and ratio checks, ignored ones too, because skipping an entry inflates it all the same.
 * The first limit broken stops the unpacking: nothing after a zip bomb is worth reading.
 */
final class RosterZip {

    static final String ARCHIVE = "zip file";

    /** Below this, an entry's compression ratio is harmless whatever it is. */
    private static final long RATIO_CHECK_FLOOR = 1024L * 1024;

    private RosterZip() {
    }

    static Map<OneRosterFile, byte[]> unpack(InputStream upload, RosterLimits limits, ProblemLog log) {
        try {
            BufferedInputStream in = new BufferedInputStream(upload);
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (!isZip(magic)) {
                log.fileProblem(ARCHIVE, magic.length == 0 ? "is empty; upload the zip your student information "
                        + "system exported" : "is not a zip archive; upload the zip your student information system "
                        + "exported, or the CSV files themselves");
                return Map.of();
            }
            return unpackEntries(new CountingInputStream(in), limits, log);
        } catch (IOException | IllegalArgumentException e) {
            log.fileProblem(ARCHIVE, "is damaged and cannot be unpacked (" + e.getMessage() + "); export or zip "
                    + "the files again");
            return Map.of();
        }
    }

    private static Map<OneRosterFile, byte[]> unpackEntries(CountingInputStream counted, RosterLimits limits,
                                                            ProblemLog log) throws IOException {
        Map<OneRosterFile, byte[]> files = new EnumMap<>(OneRosterFile.class);
        List<String> others = new ArrayList<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxZipEntries()) {
                    log.fileProblem(ARCHIVE, "has more than " + limits.maxZipEntries() + " entries; a OneRoster "
                            + "export has at most 7 CSV files, so zip only orgs.csv, users.csv, classes.csv, "
                            + "enrollments.csv and, if you have them, manifest.csv, academicSessions.csv and courses.csv");
                    return Map.of();
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<OneRosterFile> file = OneRosterFile.forName(entry.getName());
                Optional<byte[]> content = inflate(zip, entry.getName(), counted, limits, log);
                if (content.isEmpty()) {
                    return Map.of();
                }
                if (file.isEmpty()) {
                    others.add(entry.getName());
                } else if (files.putIfAbsent(file.get(), content.get()) != null) {
                    log.fileProblem(ARCHIVE, "contains " + file.get().fileName() + " more than once (again as '"
                            + entry.getName() + "'); keep one export's files in the zip");
                }
            }
        }
        if (entries == 0) {
            log.fileProblem(ARCHIVE, "is empty; zip the OneRoster CSV files and upload it again");
        } else if (files.isEmpty()) {
            log.fileProblem(ARCHIVE, "contains none of the OneRoster files (" + String.join(", ",
                    OneRosterFile.requiredFileNames()) + ")" + (others.isEmpty() ? "" : "; it holds "
                    + String.join(", ", others.subList(0, Math.min(5, others.size()))))
                    + "; zip the CSV files your student information system exported as OneRoster 1.1");
        }
        return files;
    }

    private static Optional<byte[]> inflate(ZipInputStream zip, String name, CountingInputStream counted,
                                            RosterLimits limits, ProblemLog log) throws IOException {
        long compressedStart = counted.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = zip.read(buffer)) != -1) {
            total += n;
            if (total > limits.maxFileBytes()) {
                log.fileProblem(ARCHIVE, "'" + name + "' is larger than " + megabytes(limits.maxFileBytes())
                        + " uncompressed, over the limit for one file; remove files that are not part of the "
                        + "OneRoster export, or ask Chalkpress support to raise the limit for this district");
                return Optional.empty();
            }
            long compressed = Math.max(1, counted.count() - compressedStart);
            if (total > RATIO_CHECK_FLOOR && total / compressed > limits.maxCompressionRatio()) {
                log.fileProblem(ARCHIVE, "'" + name + "' expands more than " + limits.maxCompressionRatio()
                        + " times when unpacked, which real CSV exports never do; the upload was refused as a "
                        + "possible zip bomb. Zip the exported CSV files again and upload that zip");
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static boolean isZip(byte[] magic) {
        return magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K';
    }

    /**
     * Counts the compressed bytes the inflater has pulled, to measure each entry's compression ratio.
     * Closing it leaves the caller's stream open: the upload belongs to whoever received it.
     */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // The caller's stream stays open; see the class comment.
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
