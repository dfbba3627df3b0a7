package org.chalkpress.publishing;

import java.util.Objects;
import org.chalkpress.people.Account;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.sites.ClassSite;

/**
 * What someone asks the gate to publish: a post, wiki edit, episode's notes, comment or caption. Every
 * kind fits this one shape — text as HTML, where it goes, who wrote it, and for whom.
 */
public record Submission(ContentKind kind, ClassSite site, Account author, String title, String html,
                         Audience audience, Long itemId) {

    public Submission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(audience, "audience");
        title = title == null ? "" : title.strip();
        html = html == null ? "" : html;
    }
}
