package org.chalkpress.people.signin;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.chalkpress.people.Account;
import org.chalkpress.people.signin.ChalkpressAuthentication.Caller;

/**
 * Tells the container who is calling, for every request (Jakarta Authentication, Servlet profile). Registered
 * directly rather than as a Jakarta Security mechanism: the Jakarta Security bridge looks the mechanism up
 * through JNDI twice per request, behind a lock every request thread shares, which halved the throughput of
 * reading pages under load (bench/README.md, "Sign-in checks without a shared lock").
 */
public class ChalkpressAuthModule implements ServerAuthModule {

    /** Set by the container to "true" for resources with an auth-constraint (web.xml). */
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private final ChalkpressAuthentication authentication;
    private CallbackHandler container;

    public ChalkpressAuthModule(ChalkpressAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           Map<String, Object> options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        boolean needsSomeone = Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)));
        try {
            Caller caller = authentication.identify(request, response, needsSomeone);
            if (caller instanceof Caller.SignedIn signedIn) {
                Account account = signedIn.account();
                tell(new CallerPrincipalCallback(client, account.username()),
                        new GroupPrincipalCallback(client, new String[] {account.role().name()}));
                return AuthStatus.SUCCESS;
            }
            if (caller instanceof Caller.Challenged challenged) {
                return challenged.redirected() ? AuthStatus.SEND_CONTINUE : AuthStatus.SEND_FAILURE;
            }
            // Anonymous: the container proceeds without a caller only when told so explicitly.
            tell(new CallerPrincipalCallback(client, (Principal) null));
            return AuthStatus.SUCCESS;
        } catch (IOException e) {
            throw (AuthException) new AuthException("Could not answer the request: " + e.getMessage()).initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }

    private void tell(Callback... callbacks) throws AuthException {
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container refused the caller: " + e.getMessage()).initCause(e);
        }
    }
}
