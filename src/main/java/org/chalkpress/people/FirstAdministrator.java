package org.chalkpress.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.chalkpress.platform.ChalkpressConfig;

/**
 * The first district administrator of a production install. Taken from configuration when given;
 * otherwise a one-time setup link is printed to the log, and the first person to open it creates the account.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    ChalkpressConfig config;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    private volatile String setupToken;

    @Transactional
    public void createOrInvite() {
        Optional<String> username = config.adminUsername();
        Optional<String> password = config.adminPassword();
        if (username.isPresent() && password.isPresent()) {
            create(username.get(), password.get());
            LOG.info(() -> "Created the first district administrator '" + username.get() + "' from configuration.");
            return;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        setupToken = HexFormat.of().formatHex(bytes);
        LOG.warning("\n\n=== Chalkpress has no accounts yet. Create the first district administrator at:\n    "
                + config.baseUrl() + "/setup?token=" + setupToken + "\n(the link works once)\n");
    }

    public boolean setupOpen(String token) {
        String open = setupToken;
        // Compared in constant time: the link is the only thing standing between a new install and its owner.
        return open != null && token != null && MessageDigest.isEqual(open.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public Account completeSetup(String token, String username, String password) {
        if (!setupOpen(token) || accounts.count() > 0) {
            throw new NotAllowedException("This setup link has already been used or is not valid.");
        }
        Account admin = create(username, password);
        setupToken = null;
        return admin;
    }

    private Account create(String username, String password) {
        Account admin = new Account(username, "District", "Administrator", Role.DISTRICT_ADMIN);
        admin.setPasswordHash(hasher.hash(password));
        return accounts.add(admin);
    }
}
