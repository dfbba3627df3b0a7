package org.chalkpress.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.chalkpress.people.FirstAdministrator;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.web.FacesFeedback;

/**
 * The one-time setup page of a new production install (setup.xhtml): creates the first district administrator.
 * View-scoped so the link's token is known when the form is posted: the form is only there (and only processed)
 * while the link is open.
 */
@Named
@ViewScoped
public class SetupBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirstAdministrator firstAdministrator;

    private String token;
    private String username;
    private String password;
    private boolean done;

    public boolean isOpen() {
        return firstAdministrator.setupOpen(token);
    }

    public void create() {
        try {
            firstAdministrator.completeSetup(token, username, password);
            done = true;
        } catch (IllegalArgumentException | NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isDone() { return done; }
}
