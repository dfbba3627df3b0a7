package org.chalkpress.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.content.Revision;
import org.chalkpress.media.MediaItem;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;

/**
 * The listening side: the episodes of a class podcast that someone who may read the given audiences hears.
 * Who may listen is decided by the live revision's audience, as for blog posts. Withdrawn episodes (consent
 * ended, or the recording withdrawn from the library) leave the list and the feed but keep their page, which
 * then says why the episode is gone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PodcastReader {

    private static final String LIVE_EPISODES = "select i, r, e from ContentItem i, Revision r, Episode e"
            + " where r.id = i.liveRevisionId and e.itemId = i.id and i.siteId = :site and i.kind = :kind"
            + " and i.status = :published and r.audience in :audiences";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** A published episode as listeners get it. */
    public record Listening(ContentItem item, Revision revision, Episode episode, boolean withdrawn) {
        public Audience audience() { return revision.audience(); }
    }

    /** The episodes still on air, newest first. */
    public List<Listening> onAir(ClassSite site, Set<Audience> audiences) {
        return em.createQuery(LIVE_EPISODES + " and e.withdrawnAt is null order by i.firstPublishedAt desc, i.id desc",
                        Object[].class)
                .setParameter("site", site.id()).setParameter("kind", ItemKind.EPISODE)
                .setParameter("published", ItemStatus.PUBLISHED).setParameter("audiences", audiences)
                .getResultStream().map(this::listening).filter(l -> !l.withdrawn()).toList();
    }

    /** One episode by its address, withdrawn or not; empty when the viewer may not hear it. */
    public Optional<Listening> episode(ClassSite site, Set<Audience> audiences, String slug) {
        return em.createQuery(LIVE_EPISODES + " and i.slug = :slug", Object[].class)
                .setParameter("site", site.id()).setParameter("kind", ItemKind.EPISODE)
                .setParameter("published", ItemStatus.PUBLISHED).setParameter("audiences", audiences)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(this::listening);
    }

    /** One episode by its item id (for the audio address). */
    public Optional<Listening> episode(ClassSite site, Set<Audience> audiences, long itemId) {
        return em.createQuery(LIVE_EPISODES + " and i.id = :id", Object[].class)
                .setParameter("site", site.id()).setParameter("kind", ItemKind.EPISODE)
                .setParameter("published", ItemStatus.PUBLISHED).setParameter("audiences", audiences)
                .setParameter("id", itemId)
                .getResultStream().findFirst().map(this::listening);
    }

    public Optional<MediaItem> media(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(MediaItem.class, id));
    }

    private Listening listening(Object[] row) {
        Episode episode = (Episode) row[2];
        boolean audioGone = media(episode.audioMediaId()).map(MediaItem::withdrawn).orElse(true);
        return new Listening((ContentItem) row[0], (Revision) row[1], episode, episode.withdrawn() || audioGone);
    }
}
