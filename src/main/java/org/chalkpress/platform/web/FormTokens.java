package org.chalkpress.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.SigningKey;

/**
 * CSRF tokens for the plain HTML forms that servlets render (Faces forms have their own): a signature of the
 * form's name and the signed-in account, so another site cannot know it. It does not depend on the session,
 * so a page revalidated from the browser's cache (see {@code ConditionalGet}) after signing in again still
 * carries a token that works.
 */
@ApplicationScoped
public class FormTokens {

    @Inject
    SigningKey signing;

    /** The token to put in {@code form}'s hidden field for this viewer (signed in). */
    public String of(Viewer viewer, String form) {
        return signing.sign(payload(viewer, form));
    }

    public boolean matches(Viewer viewer, String form, String token) {
        return viewer.signedIn() && signing.verifies(payload(viewer, form), token);
    }

    // The colons keep these payloads apart from unsubscribe links', which are "account.topic".
    private static String payload(Viewer viewer, String form) {
        return "form:" + form + ":" + viewer.id();
    }
}
