package org.chalkpress.people;

import java.util.Optional;

/** Whoever is looking at a page or calling the API: a signed-in account, or an anonymous visitor. */
public final class Viewer {

    private static final Viewer ANONYMOUS = new Viewer(null);

    private final Account account;

    private Viewer(Account account) {
        this.account = account;
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public static Viewer of(Account account) {
        return account == null ? ANONYMOUS : new Viewer(account);
    }

    public boolean signedIn() {
        return account != null;
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** The account, for actions that only signed-in people can take. */
    public Account required() {
        if (account == null) {
            throw new NotAllowedException("Please sign in first.");
        }
        return account;
    }

    public boolean has(Role role) {
        return account != null && account.role() == role;
    }

    public boolean isCommunications() {
        return account != null && account.role().isCommunications();
    }

    public Long id() {
        return account == null ? null : account.id();
    }
}
