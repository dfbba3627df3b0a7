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
                         Audience audience, Long itemId, Audio audio) {

    public Submission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(audience, "audience");
        title = title == null ? "" : title.strip();
        html = html == null ? "" : html;
    }

    /** A text-only submission (no recording published with it). */
    public Submission(ContentKind kind, ClassSite site, Account author, String title, String html,
                      Audience audience, Long itemId) {
        this(kind, site, author, title, html, audience, itemId, null);
    }

    /**
     * A recording published with the text (an episode's audio): whether it has a transcript and who is heard
     * in it, by account id; the gate asks the consent registry about each.
     */
    public record Audio(boolean transcriptGiven, java.util.Set<Long> voices) {
        public Audio {
            voices = java.util.Set.copyOf(voices);
        }
    }
}
