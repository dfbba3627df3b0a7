package org.chalkpress.policy;

import java.util.Objects;

/**
 * What the link checker found when it followed one link of a submission (clause LINKS): the page answered
 * ({@code OK}, with where it finally led), did not answer ({@code BROKEN}), or led somewhere the platform
 * will not go or send readers ({@code REFUSED}: a private network, a blocked site, a shortened link that
 * could not be expanded). The reason is plain language, for the teacher.
 */
public record LinkResult(String href, Outcome outcome, String finalUrl, String reason, boolean afterRedirect) {

    public enum Outcome { OK, BROKEN, REFUSED }

    public LinkResult {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(outcome, "outcome");
        finalUrl = finalUrl == null ? href : finalUrl;
        reason = reason == null ? "" : reason;
    }

    public static LinkResult ok(String href, String finalUrl, boolean afterRedirect) {
        return new LinkResult(href, Outcome.OK, finalUrl, "", afterRedirect);
    }

    public static LinkResult broken(String href, String lastUrl, String reason, boolean afterRedirect) {
        return new LinkResult(href, Outcome.BROKEN, lastUrl, reason, afterRedirect);
    }

    public static LinkResult refused(String href, String lastUrl, String reason, boolean afterRedirect) {
        return new LinkResult(href, Outcome.REFUSED, lastUrl, reason, afterRedirect);
    }
}
