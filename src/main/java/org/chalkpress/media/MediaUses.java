package org.chalkpress.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.policy.Audience;
import org.chalkpress.publishing.RevisionPublished;

/**
 * Which published pages show which media. Kept up to date as pages go live, it answers "who may see this
 * photo" (the audiences of the pages showing it) and "whose pages showed it" when it is withdrawn.
 */
@ApplicationScoped
@Transactional
public class MediaUses {

    /**
     * {@code /media/{site}/{id}}, optionally with a rendition after it, relative or with the platform's address
     * before it: the editor's picker writes {@code //host/media/…}, because the rich-text editor keeps only
     * images with an address (it drops relative ones).
     */
    static final Pattern MEDIA_SRC = Pattern.compile(
            "^(?:(?:https?:)?//[^/\\s\"']+)?/media/([a-z0-9-]+)/([0-9]{1,18})(?=[/\"'?#\\s]|$)");

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    void onPublished(@Observes RevisionPublished published) {
        if (published.itemId() == null) {
            return;
        }
        em.createNativeQuery("delete from media_use where content_item_id = ?")
                .setParameter(1, published.itemId()).executeUpdate();
        for (long mediaId : referencedIds(published.sanitisedHtml())) {
            if (em.find(MediaItem.class, mediaId) != null) {
                em.createNativeQuery("insert into media_use (content_item_id, media_id) values (?, ?)")
                        .setParameter(1, published.itemId()).setParameter(2, mediaId).executeUpdate();
            }
        }
    }

    /** The library items an HTML body embeds, in order of first appearance. */
    public static Set<Long> referencedIds(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        for (org.jsoup.nodes.Element element : org.jsoup.Jsoup.parseBodyFragment(html == null ? "" : html)
                .select("[src]")) {
            Matcher m = MEDIA_SRC.matcher(element.attr("src"));
            if (m.find()) {
                ids.add(Long.parseLong(m.group(2)));
            }
        }
        return ids;
    }

    /** The audiences of the live, published pages showing the item. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Audience> audiencesShowing(long mediaId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select r.audience from media_use u"
                        + " join content_item i on i.id = u.content_item_id"
                        + " join revision r on r.id = i.live_revision_id"
                        + " where u.media_id = ? and i.status = 'PUBLISHED'")
                .setParameter(1, mediaId).getResultList();
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        rows.forEach(row -> audiences.add(Audience.valueOf(String.valueOf(row))));
        return audiences;
    }

    /** Authors of the live revisions of pages that show the item. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> authorsShowing(long mediaId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select distinct r.author_id from media_use u"
                        + " join content_item i on i.id = u.content_item_id"
                        + " join revision r on r.id = i.live_revision_id where u.media_id = ?")
                .setParameter(1, mediaId).getResultList();
        Set<Long> authors = new LinkedHashSet<>();
        rows.forEach(row -> authors.add(((Number) row).longValue()));
        return authors;
    }
}
