package org.chalkpress.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The viewer of the current request, looked up once per request. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Viewer viewer;

    @Produces
    @Named("viewer")
    public Viewer viewer() {
        if (viewer == null) {
            Principal principal = security.getCallerPrincipal();
            viewer = principal == null ? Viewer.anonymous()
                    : Viewer.of(accounts.byUsername(principal.getName()).filter(Account::enabled).orElse(null));
        }
        return viewer;
    }
}
