package org.chalkpress.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues and checks application passwords. The secret is 80 random bits, so a fast SHA-256 digest
 * is as safe to store as a slow password hash, and keeps every API request cheap.
 */
@ApplicationScoped
@Transactional
public class ApplicationPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** The new password in clear text, "xxxx xxxx xxxx xxxx xxxx xxxx", shown to its owner once. */
    public record Issued(ApplicationPassword password, String clearText) { }

    public Issued issue(Account owner, String label) {
        if (label == null || label.isBlank() || label.length() > 120) {
            throw new IllegalArgumentException("Name the application this password is for (up to 120 characters)");
        }
        String key = random(8);
        String secret = random(16);
        ApplicationPassword password = new ApplicationPassword(owner.id(), label.strip(), key, digest(secret));
        em.persist(password);
        String clear = (key + secret).replaceAll("(.{4})(?!$)", "$1 ");
        return new Issued(password, clear);
    }

    /** The account an API request signs in as, if the password is one of its active application passwords. */
    public Optional<Account> authenticate(String username, String clearText) {
        String compact = clearText == null ? "" : clearText.replace(" ", "");
        if (compact.length() != 24) {
            return Optional.empty();
        }
        Optional<ApplicationPassword> found = em.createQuery(
                        "select p from ApplicationPassword p where p.lookupKey = :key and p.revokedAt is null",
                        ApplicationPassword.class)
                .setParameter("key", compact.substring(0, 8))
                .getResultStream().findFirst();
        if (found.isEmpty() || !MessageDigest.isEqual(
                found.get().secretHash().getBytes(StandardCharsets.US_ASCII),
                digest(compact.substring(8)).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, found.get().accountId());
        if (account == null || !account.enabled() || !account.username().equals(Account.normaliseUsername(username))) {
            return Optional.empty();
        }
        found.get().markUsed();
        return Optional.of(account);
    }

    public List<ApplicationPassword> of(Account owner) {
        return em.createQuery("select p from ApplicationPassword p where p.accountId = :who order by p.id",
                        ApplicationPassword.class)
                .setParameter("who", owner.id()).getResultList();
    }

    public void revoke(Account owner, Long passwordId) {
        ApplicationPassword password = em.find(ApplicationPassword.class, passwordId);
        if (password == null || !password.accountId().equals(owner.id())) {
            throw new IllegalArgumentException("No such application password");
        }
        password.revoke();
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
