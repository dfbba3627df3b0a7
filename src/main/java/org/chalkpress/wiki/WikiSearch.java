package org.chalkpress.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.platform.DatabaseSettings;
import org.chalkpress.platform.web.SearchWords;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;

/**
 * Searching a site's live wiki pages, best matches first: PostgreSQL ranks with its full-text search;
 * H2 counts title and text matches of each word. Matched words are highlighted in a short excerpt.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WikiSearch {

    static final int MAX_RESULTS = 50;
    static final int RANKED = 1000;

    /** One result: the page, and an excerpt with the matched words in &lt;mark&gt; (escaped HTML). */
    public record Hit(String title, String slug, String excerptHtml) { }

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    private final boolean postgres = DatabaseSettings.fromConfig().isPostgres();

    public List<Hit> search(ClassSite site, Set<Audience> audiences, String query) {
        List<String> words = SearchWords.of(query);
        if (words.isEmpty() || audiences.isEmpty()) {
            return List.of();
        }
        String audienceList = audiences.stream().map(a -> "'" + a.name() + "'").collect(Collectors.joining(","));
        String live = " from wiki_page p join content_item i on i.id = p.item_id where p.site_id = ?1"
                + " and i.status = 'PUBLISHED' and i.audience in (" + audienceList + ")";
        jakarta.persistence.Query sql;
        if (postgres) {
            // search_document and its GIN index: WikiFullTextIndex (migration 70). The ranking reads each candidate's
            // document, so at most RANKED pages are ranked (a word on every page of a huge wiki stays fast), and only
            // the best MAX_RESULTS bring their text along for the excerpt.
            sql = em.createNativeQuery("select p.title, i.slug, p.live_text from ("
                    + " select c.item_id, ts_rank(w.search_document, q) as score, w.title_key from ("
                    + "  select w0.item_id from wiki_page w0 join content_item i0 on i0.id = w0.item_id"
                    + "  where w0.site_id = ?1 and i0.status = 'PUBLISHED' and i0.audience in (" + audienceList + ")"
                    + "  and w0.search_document @@ plainto_tsquery('simple', ?2) limit " + RANKED + ") c"
                    + " join wiki_page w on w.item_id = c.item_id, plainto_tsquery('simple', ?2) q"
                    + " order by score desc, w.title_key limit " + MAX_RESULTS + ") r"
                    + " join wiki_page p on p.item_id = r.item_id join content_item i on i.id = r.item_id"
                    + " order by r.score desc, r.title_key");
            sql.setParameter(2, String.join(" ", words));
        } else {
            StringBuilder score = new StringBuilder("0");
            StringBuilder any = new StringBuilder("1=0");
            for (int n = 0; n < words.size(); n++) {
                int param = n + 2;
                score.append(" + case when instr(p.title_key, ?").append(param).append(") > 0 then 10 else 0 end")
                        .append(" + case when instr(lower(p.live_text), ?").append(param).append(") > 0 then 3 else 0 end")
                        .append(" + (length(p.live_text) - length(replace(lower(p.live_text), ?").append(param)
                        .append(", ''))) / length(?").append(param).append(")");
                any.append(" or instr(p.title_key, ?").append(param).append(") > 0 or instr(lower(p.live_text), ?")
                        .append(param).append(") > 0");
            }
            sql = em.createNativeQuery("select p.title, i.slug, p.live_text, " + score + " as score" + live
                    + " and (" + any + ") order by score desc, p.title_key");
            for (int n = 0; n < words.size(); n++) {
                sql.setParameter(n + 2, words.get(n));
            }
        }
        sql.setParameter(1, site.id());
        sql.setMaxResults(MAX_RESULTS);
        List<Hit> hits = new ArrayList<>();
        for (Object row : sql.getResultList()) {
            Object[] cells = (Object[]) row;
            hits.add(new Hit((String) cells[0], (String) cells[1], SearchWords.excerpt((String) cells[2], words)));
        }
        return hits;
    }
}
