package org.chalkpress.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.people.Account;

/**
 * How people prove who they are. Browsers sign in once with a form and carry a session; API clients send
 * an application password with every request (HTTP Basic). Anonymous reading never creates a session.
 */
@ApplicationScoped
public class ChalkpressAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_ACCOUNT = "chalkpress.account";

    @Inject
    SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return form(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
            Optional<Account> account = signIn.activeAccount(accountId);
            if (account.isPresent()) {
                return login(context, account.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Chalkpress API\"");
                return context.responseUnauthorized();
            }
            String back = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + "/sign-in?next="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.responseUnauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.responseUnauthorized();
        }
        Optional<Account> account = signIn.withApplicationPassword(decoded.substring(0, colon),
                decoded.substring(colon + 1), context.getRequest().getRemoteAddr());
        if (account.isEmpty()) {
            context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Chalkpress API\"");
            return context.responseUnauthorized();
        }
        return login(context, account.get());
    }

    private AuthenticationStatus form(UsernamePasswordCredential credential, HttpServletRequest request,
                                      HttpMessageContext context) {
        Optional<Account> account = signIn.withPassword(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A fresh session id at sign-in, so a session id planted before sign-in is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ACCOUNT, account.get().id());
        return login(context, account.get());
    }

    private static AuthenticationStatus login(HttpMessageContext context, Account account) {
        return context.notifyContainerAboutLogin(account.username(), Set.of(account.role().name()));
    }
}
