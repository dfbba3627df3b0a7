package org.chalkpress.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.chalkpress.people.Account;

/**
 * How people prove who they are. Browsers sign in once with a form and carry a session; API clients send
 * an application password with every request (HTTP Basic). Anonymous reading never creates a session.
 * {@link ChalkpressAuthModule} asks this for every request and tells the container the answer.
 */
@ApplicationScoped
public class ChalkpressAuthentication {

    static final String SESSION_ACCOUNT = "chalkpress.account";

    /** Who made a request, or what was already answered to a request that needs someone. */
    public sealed interface Caller {
        /** A signed-in account: an active session or a valid application password. */
        record SignedIn(Account account) implements Caller { }
        /** Nobody, on a page anyone may ask for. */
        record Anonymous() implements Caller { }
        /** Nobody, on a page that needs someone: the response already sends them to sign in (or 401). */
        record Challenged(boolean redirected) implements Caller { }
    }

    @Inject
    SignInService signIn;

    public Caller identify(HttpServletRequest request, HttpServletResponse response, boolean needsSomeone)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
            Optional<Account> account = signIn.activeAccount(accountId);
            if (account.isPresent()) {
                return new Caller.SignedIn(account.get());
            }
            session.invalidate();
        }
        if (!needsSomeone) {
            return new Caller.Anonymous();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return unauthorized(response);
        }
        String back = request.getRequestURI().substring(request.getContextPath().length());
        response.sendRedirect(request.getContextPath() + "/sign-in?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        return new Caller.Challenged(true);
    }

    /**
     * Starts a signed-in session after the sign-in form checked the password. A fresh session id, so a session
     * id planted before sign-in is worthless after it.
     */
    public void startSession(HttpServletRequest request, Account account) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ACCOUNT, account.id());
    }

    private Caller basic(String encoded, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response);
        }
        Optional<Account> account = signIn.withApplicationPassword(decoded.substring(0, colon),
                decoded.substring(colon + 1), request.getRemoteAddr());
        if (account.isEmpty()) {
            return unauthorized(response);
        }
        return new Caller.SignedIn(account.get());
    }

    private static Caller unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chalkpress API\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return new Caller.Challenged(false);
    }
}
