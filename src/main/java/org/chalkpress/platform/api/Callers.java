package org.chalkpress.platform.api;

import jakarta.ws.rs.NotAuthorizedException;
import org.chalkpress.people.Viewer;

/** The signed-in API caller, or a 401 asking for an application password. */
public final class Callers {

    private Callers() {
    }

    public static Viewer signedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new NotAuthorizedException("Sign in with your username and an application password (HTTP Basic).",
                    "Basic realm=\"Chalkpress API\"");
        }
        return viewer;
    }
}
