package org.chalkpress.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.ApplicationPasswords;
import org.chalkpress.people.PasswordHasher;

/** Checks passwords, with the throttle in front and the audit log behind. */
@ApplicationScoped
public class SignInService {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApplicationPasswords applicationPasswords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    /** Thrown when a caller must wait before trying again; the message says how long. */
    public static class ThrottledException extends RuntimeException {
        public ThrottledException(Duration wait) {
            super("Too many failed sign-ins. Please wait " + Math.max(1, wait.toSeconds())
                    + " seconds and try again.");
        }
    }

    public Duration waitBeforeAttempt(String username, String address) {
        return throttle.waitBeforeAttempt(username, address, Instant.now());
    }

    @Transactional
    public Optional<Account> withPassword(String username, String password, String address) {
        if (!throttle.waitBeforeAttempt(username, address, Instant.now()).isZero()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byUsername(username)
                .filter(Account::enabled)
                .filter(a -> hasher.matches(password, a.passwordHash()));
        if (account.isPresent()) {
            throttle.succeeded(username);
            audit.record(account.get(), null, AuditAction.SIGNED_IN, null, "from " + address);
        } else {
            throttle.failed(username, address, Instant.now());
            audit.record(null, safeName(username), AuditAction.SIGN_IN_FAILED, null, "from " + address);
        }
        return account;
    }

    @Transactional
    public Optional<Account> withApplicationPassword(String username, String password, String address) {
        if (!throttle.waitBeforeAttempt(username, address, Instant.now()).isZero()) {
            return Optional.empty();
        }
        Optional<Account> account = applicationPasswords.authenticate(username, password);
        if (account.isEmpty()) {
            throttle.failed(username, address, Instant.now());
        }
        return account;
    }

    public Optional<Account> activeAccount(Long id) {
        return accounts.byId(id).filter(Account::enabled);
    }

    private static String safeName(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
