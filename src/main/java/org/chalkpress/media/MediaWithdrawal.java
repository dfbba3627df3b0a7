package org.chalkpress.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentWithdrawn;
import org.chalkpress.notify.Notice;
import org.chalkpress.sites.SiteChanges;

/**
 * Clause PHOTO-CONSENT: when someone's consent ends, every item of that kind showing them is withdrawn at
 * once — inside the revoking transaction — from every page and feed (the reading pages show a neutral
 * placeholder, the media URL answers 410), each withdrawal is audited and the people who uploaded or
 * published it are told.
 */
@ApplicationScoped
@Transactional
public class MediaWithdrawal {

    static final String NOTICE_TOPIC = "media-withdrawn";

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    @Inject
    MediaUses uses;

    @Inject
    SiteChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    Event<Notice> notices;

    void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        MediaType.Kind kind = kindFor(withdrawn.kind());
        if (kind == null) {
            return;
        }
        List<MediaItem> showing = em.createQuery("select m from MediaItem m where :person member of m.people"
                        + " and m.status = :active", MediaItem.class)
                .setParameter("person", withdrawn.accountId())
                .setParameter("active", MediaStatus.ACTIVE)
                .getResultList().stream().filter(m -> m.type().kind() == kind).toList();
        for (MediaItem item : showing) {
            withdraw(item, withdrawn.reason());
        }
    }

    private void withdraw(MediaItem item, String reason) {
        item.withdraw(reason);
        changes.touched(item.siteId());
        audit.record(null, "system", AuditAction.MEDIA_WITHDRAWN, item.siteId(),
                "Media " + item.id() + " (" + item.fileName() + ") withdrawn: " + reason);
        Set<Long> tell = new LinkedHashSet<>();
        tell.add(item.uploadedBy());
        tell.addAll(uses.authorsShowing(item.id()));
        String what = MediaAtTheGate.what(item.type());
        for (Long author : tell) {
            notices.fire(new Notice(author, NOTICE_TOPIC, "Your " + what + " " + item.fileName() + " was withdrawn",
                    "The " + what + " \"" + item.fileName() + "\" was taken off every page and feed, because "
                            + reason + ". Pages that showed it now say it was withdrawn. You can remove it from"
                            + " those pages, or blur the person and upload it again.",
                    "/teach/media?site=" + siteSlug(item)));
        }
    }

    private String siteSlug(MediaItem item) {
        return em.createQuery("select s.slug from ClassSite s where s.id = :id", String.class)
                .setParameter("id", item.siteId()).getResultStream().findFirst().orElse("");
    }

    private static MediaType.Kind kindFor(ConsentKind kind) {
        return switch (kind) {
            case PHOTO -> MediaType.Kind.IMAGE;
            case VIDEO -> MediaType.Kind.VIDEO;
            case VOICE -> MediaType.Kind.AUDIO;
            case NAME_PUBLIC -> null;
        };
    }
}
