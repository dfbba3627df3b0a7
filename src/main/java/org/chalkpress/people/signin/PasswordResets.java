package org.chalkpress.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.PasswordHasher;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.RecentAttempts;
import org.chalkpress.platform.SecretToken;

/**
 * "Forgot your password?" for everyone with an e-mail address on their account — also how a teacher or parent
 * created by a roster import chooses a first password. Whoever asks gets the same answer whether or not the
 * account exists; the link goes only to the address on the account, works once, for an hour, and only its
 * hash is stored. A few requests an hour per address and per account; more are quietly not sent.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    static final int REQUESTS_PER_HOUR = 3;

    /** What to send, and to whom; sent after the link is stored (see {@link ResetLetters}). */
    public record Letter(String to, String subject, String text) { }

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChalkpressConfig config;

    @Inject
    AuditLog audit;

    private final RecentAttempts requests = new RecentAttempts(Duration.ofHours(1));

    /** @param login a username or an e-mail address, as typed */
    public List<Letter> request(String login, String remoteAddress) {
        List<Letter> letters = new ArrayList<>();
        var now = Clock.now().toInstant();
        if (login == null || login.isBlank() || requests.count("address:" + remoteAddress, now) >= REQUESTS_PER_HOUR) {
            return letters;
        }
        requests.add("address:" + remoteAddress, now);
        List<Account> found = login.contains("@") ? accounts.withEmail(login)
                : accounts.byUsername(login).map(List::of).orElse(List.of());
        for (Account account : found) {
            if (!account.enabled() || account.email() == null || account.email().isBlank()
                    || requests.count("account:" + account.id(), now) >= REQUESTS_PER_HOUR) {
                continue;
            }
            requests.add("account:" + account.id(), now);
            letters.add(letterFor(account, newLink(account)));
        }
        return letters;
    }

    private String newLink(Account account) {
        OffsetDateTime now = Clock.now();
        cancelOpenLinks(account.id(), now);
        String token = SecretToken.next();
        em.persist(new PasswordReset(account.id(), SecretToken.hash(token), now));
        audit.record(account, account.username(), AuditAction.PASSWORD_RESET_SENT, null,
                "A link to set a new password was e-mailed to the address on the account");
        return config.baseUrl() + "/password-reset?token=" + token;
    }

    private Letter letterFor(Account account, String link) {
        String text = "Hello " + account.displayName() + ",\n\n"
                + "Someone (we hope you) asked to set a new password for the account \"" + account.username()
                + "\" at " + config.districtName() + ".\n\n"
                + "To choose a new password, open this link within the next hour. It works once:\n" + link + "\n\n"
                + "If you did not ask for this, you can ignore this e-mail: your password stays as it is.\n";
        return new Letter(account.email(), "Set a new password for " + config.districtName(), text);
    }

    /** Whether the link can still be used (to show the form, or to say it has expired before anyone types). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usable(String token) {
        return find(token).filter(r -> r.usableAt(Clock.now())).isPresent();
    }

    /** Sets the new password and spends the link; refused, with nothing changed, with a message per field. */
    public void reset(String token, String newPassword) {
        OffsetDateTime now = Clock.now();
        PasswordReset link = find(token).filter(r -> r.usableAt(now)).orElseThrow(() -> InvalidInputException.of(
                "token", "This link has expired or was already used. Ask for a new one below."));
        if (newPassword == null || newPassword.length() < PasswordHasher.MINIMUM_LENGTH) {
            throw InvalidInputException.of("password",
                    "Choose a password of at least " + PasswordHasher.MINIMUM_LENGTH + " characters.");
        }
        Account account = accounts.byId(link.accountId()).filter(Account::enabled).orElseThrow(() ->
                InvalidInputException.of("token", "This account can no longer sign in. Ask your school office."));
        account.setPasswordHash(hasher.hash(newPassword));
        cancelOpenLinks(account.id(), now);
        audit.record(account, account.username(), AuditAction.PASSWORD_RESET, null,
                "New password set with a link sent by e-mail");
    }

    private void cancelOpenLinks(Long accountId, OffsetDateTime now) {
        em.createQuery("select r from PasswordReset r where r.accountId = :account and r.usedAt is null",
                        PasswordReset.class)
                .setParameter("account", accountId).getResultList()
                .forEach(r -> r.spend(now));
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || !SecretToken.SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst();
    }
}
