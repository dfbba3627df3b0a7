package org.chalkpress.audit;

import java.time.LocalDate;
import org.chalkpress.policy.ClauseId;

/** What the audit log screen asks for; every part is optional. Dates are whole days in UTC, both included. */
public record AuditFilter(ClauseId clause, Long siteId, String author, AuditAction action, LocalDate from,
                          LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        author = author == null || author.isBlank() ? null : author.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
