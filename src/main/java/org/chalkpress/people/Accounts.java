package org.chalkpress.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Finds and stores accounts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Accounts {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    public Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", Account.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    /** Every account with this e-mail address (a parent may have one account per household role). */
    public List<Account> withEmail(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where lower(a.email) = :address order by a.id", Account.class)
                .setParameter("address", address.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    public Optional<Account> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> withRole(Role role) {
        return em.createQuery("select a from Account a where a.role = :role order by a.username", Account.class)
                .setParameter("role", role).getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Transactional
    public Account add(Account account) {
        em.persist(account);
        return account;
    }
}
