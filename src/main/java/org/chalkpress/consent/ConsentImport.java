package org.chalkpress.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;

/**
 * Imports a consent CSV from the student information system: all or nothing (any problem and nothing is
 * recorded, with every problem listed), and importing the same file again changes nothing. A statement
 * already on file is not recorded again even if it was revoked since: a family's revocation on the account
 * page is not undone by last month's export.
 */
@ApplicationScoped
@Transactional(rollbackOn = ConsentImportException.class)
public class ConsentImport {

    /** What an import did: statements recorded, and lines that were already on file. */
    public record Summary(int recorded, int unchanged) {
        public boolean changedNothing() {
            return recorded == 0;
        }
    }

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ConsentRegistry registry;

    @Inject
    ConsentAccess access;

    @Inject
    AuditLog audit;

    public Summary apply(Account actor, byte[] csv) {
        access.requireRegistryKeeper(actor);
        ConsentCsv.Result result = new ConsentCsv(new ConsentCsv.People() {
            @Override
            public Optional<Account> byUsername(String username) {
                return accounts.byUsername(username);
            }

            @Override
            public Optional<Account> bySourcedId(String sourcedId) {
                return em.createQuery("select a from Account a where a.sourcedId = :id", Account.class)
                        .setParameter("id", sourcedId).getResultStream().findFirst();
            }
        }).read(csv);
        if (!result.ok()) {
            throw new ConsentImportException(result.problems());
        }
        int recorded = 0;
        int unchanged = 0;
        SchoolYear year = registry.schoolYear();
        for (ConsentCsv.Row row : result.rows()) {
            boolean onFile = registry.history(row.person().id()).stream()
                    .anyMatch(r -> r.kind() == row.statement().kind() && row.statement().sameAs(r, year));
            if (onFile) {
                unchanged++;
            } else {
                registry.record(actor, row.person(), row.statement(), ConsentSource.IMPORT);
                recorded++;
            }
        }
        audit.record(actor, actor.username(), AuditAction.CONSENTS_IMPORTED, null,
                "Consent CSV: " + recorded + " statement(s) recorded, " + unchanged + " already on file");
        return new Summary(recorded, unchanged);
    }
}
