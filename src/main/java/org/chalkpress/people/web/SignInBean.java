package org.chalkpress.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.chalkpress.people.Account;
import org.chalkpress.people.signin.ChalkpressAuthentication;
import org.chalkpress.people.signin.SignInService;

/** The sign-in form (sign-in.xhtml). */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    ChalkpressAuthentication authentication;

    @Inject
    SignInService signIn;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Duration wait = signIn.waitBeforeAttempt(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    new SignInService.ThrottledException(wait).getMessage(), null));
            return;
        }
        Optional<Account> account = signIn.withPassword(username == null ? "" : username,
                password == null ? "" : password, request.getRemoteAddr());
        if (account.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "That username and password do not match. Check both and try again.", null));
            return;
        }
        authentication.startSession(request, account.get());
        external.redirect(safeNext());
    }

    /** Only paths on this site, so a crafted link cannot send people elsewhere after signing in. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/sign-in")) {
            return next;
        }
        return "/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
