package org.chalkpress.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentWithdrawn;
import org.chalkpress.content.ContentItem;
import org.chalkpress.notify.Notice;
import org.chalkpress.sites.SiteChanges;

/**
 * Clause PHOTO-CONSENT: when someone's voice consent ends, every episode in which they are heard leaves the
 * podcast page and the feed at once (its page says it was withdrawn, its audio answers 410), each author is
 * told, and the audit log records it. The episode is kept; it returns when published again with consent.
 */
@ApplicationScoped
@Transactional
public class EpisodeWithdrawals {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SiteChanges changes;

    @Inject
    Event<Notice> notices;

    void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        if (withdrawn.kind() != ConsentKind.VOICE) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> heard = em.createNativeQuery("select item_id from episode_voice where account_id = ?")
                .setParameter(1, withdrawn.accountId()).getResultList();
        for (Object id : heard) {
            Episode episode = em.find(Episode.class, ((Number) id).longValue());
            if (episode == null || episode.withdrawn()) {
                continue;
            }
            episode.withdraw("Voice consent ended for someone heard in it.");
            ContentItem item = em.find(ContentItem.class, episode.itemId());
            audit.record(null, "system", AuditAction.EPISODE_WITHDRAWN, episode.siteId(),
                    "Episode " + episode.itemId() + " withdrawn: voice consent of account " + withdrawn.accountId()
                            + " ended (" + withdrawn.reason() + ")");
            notices.fire(new Notice(item.authorId(), "podcast-withdrawn",
                    "Your episode \"" + item.draftTitle() + "\" was withdrawn",
                    "The voice consent of someone heard in \"" + item.draftTitle() + "\" has ended, so the episode"
                            + " was taken off the class podcast page and feed. To bring it back, edit the recording"
                            + " and the list of people heard, or ask for consent again, then publish it again.",
                    "/teach/episode-editor.xhtml?id=" + item.id()));
            changes.touched(episode.siteId());
        }
    }
}
