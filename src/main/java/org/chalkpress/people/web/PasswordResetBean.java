package org.chalkpress.people.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.chalkpress.people.signin.PasswordResets;
import org.chalkpress.people.signin.ResetLetters;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;

/**
 * /password-reset: without a token, asks for a username or e-mail address and sends a link; with the token
 * from that e-mail, lets the person choose a new password.
 */
@Named
@ViewScoped
public class PasswordResetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    ResetLetters letters;

    private String token;
    private String login;
    private String password;
    private String repeat;
    private boolean requested;
    private boolean done;

    public void requestLink() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        resets.request(login, request.getRemoteAddr()).forEach(letters::send);
        requested = true;
    }

    public void setNewPassword() {
        try {
            if (password == null || !password.equals(repeat)) {
                throw InvalidInputException.of("repeat", "The two passwords are not the same. Type the new one twice.");
            }
            resets.reset(token, password);
            done = true;
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } finally {
            password = null;
            repeat = null;
        }
    }

    /** A link to follow: the form to choose a password, or "expired" with the form to ask again. */
    public boolean isWithToken() {
        return token != null && !token.isBlank();
    }

    public boolean isLinkUsable() {
        return isWithToken() && resets.usable(token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public boolean isRequested() { return requested; }
    public boolean isDone() { return done; }
}
