package org.chalkpress.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.SigningKey;

/**
 * CSRF tokens for the plain HTML forms that servlets render (Faces forms have their own): a signature of the
 * form's name, the signed-in account and the week, so another site cannot know it and a copied or long-forgotten
 * page stops working. A token is good in the week it was made and the next. It does not depend on the session,
 * so a page revalidated from the browser's cache (see {@code ConditionalGet}, whose tag for a signed-in reader
 * changes with the {@link #week}) after signing in again still carries a token that works.
 */
@ApplicationScoped
public class FormTokens {

    private static final long WEEK_SECONDS = 7 * 24 * 3600;

    @Inject
    SigningKey signing;

    /** The token to put in {@code form}'s hidden field for this viewer (signed in). */
    public String of(Viewer viewer, String form) {
        return of(viewer.id(), form, Instant.now());
    }

    public boolean matches(Viewer viewer, String form, String token) {
        return viewer.signedIn() && matches(viewer.id(), form, token, Instant.now());
    }

    /** The week tokens are made for now: part of a signed-in reader's page tag, so a new week renders a new token. */
    public static long week(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), WEEK_SECONDS);
    }

    String of(long accountId, String form, Instant now) {
        return signing.sign(payload(accountId, form, week(now)));
    }

    boolean matches(long accountId, String form, String token, Instant now) {
        long week = week(now);
        return signing.verifies(payload(accountId, form, week), token)
                || signing.verifies(payload(accountId, form, week - 1), token);
    }

    // The colons keep these payloads apart from unsubscribe links', which are "account.topic".
    private static String payload(long accountId, String form, long week) {
        return "form:" + form + ":" + accountId + ":" + week;
    }
}
