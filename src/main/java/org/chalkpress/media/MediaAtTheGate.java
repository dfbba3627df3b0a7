package org.chalkpress.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chalkpress.consent.ConsentCheck;
import org.chalkpress.consent.ConsentDecision;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.people.Account;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.policy.MediaShown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the publish gate needs to know about the library media a submission shows: per media {@code src}, who
 * is tagged and whether the consent registry permits each for this kind of media and this audience (and
 * whether the teacher blurred their face), how many faces are blurred, and
 * the credit recorded in the library (so the copyright rule sees library media as credited).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MediaAtTheGate {

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    @Inject
    ConsentCheck consent;

    /** The library media of {@code siteSlug} shown in the HTML, as the rules see them. */
    public Facts factsFor(String html, Long siteId, String siteSlug, Audience audience) {
        List<MediaShown> shown = new ArrayList<>();
        Map<String, MediaCredit> credits = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Map.Entry<String, MediaItem> entry : itemsShown(html, siteId, siteSlug).entrySet()) {
            String src = entry.getKey();
            MediaItem item = entry.getValue();
            credits.put(src, item.credit());
            ConsentKind kind = consentKind(item.type());
            List<MediaShown.PersonShown> people = new ArrayList<>();
            for (Long person : item.people()) {
                ConsentDecision decision = consent.decide(person, kind, audience);
                String name = names.computeIfAbsent(person, this::nameOf);
                people.add(new MediaShown.PersonShown(person, name, decision.permitted(), decision.explanation(),
                        item.blurredPeople().contains(person)));
            }
            shown.add(new MediaShown(src, what(item.type()), item.fileName(), people, !item.peopleUnstated(),
                    item.faceCount(), item.withdrawn(), (int) item.blurredFaceCount()));
        }
        return new Facts(shown, credits);
    }

    /** The site's own library items the HTML shows, by the {@code src} it shows them under (first use only). */
    public Map<String, MediaItem> itemsShown(String html, Long siteId, String siteSlug) {
        Map<String, MediaItem> items = new LinkedHashMap<>();
        for (Element element : Jsoup.parseBodyFragment(html == null ? "" : html).select("[src]")) {
            String src = element.attr("src");
            Matcher m = MediaUses.MEDIA_SRC.matcher(src);
            if (!m.find() || m.start() != 0 || !m.group(1).equals(siteSlug) || items.containsKey(src)) {
                continue;
            }
            MediaItem item = em.find(MediaItem.class, Long.parseLong(m.group(2)));
            if (item != null && item.siteId().equals(siteId)) {
                items.put(src, item);
            }
        }
        return items;
    }

    /** Media facts and credits for one submission. */
    public record Facts(List<MediaShown> shown, Map<String, MediaCredit> credits) {
    }

    public static ConsentKind consentKind(MediaType type) {
        return switch (type.kind()) {
            case IMAGE -> ConsentKind.PHOTO;
            case VIDEO -> ConsentKind.VIDEO;
            case AUDIO -> ConsentKind.VOICE;
        };
    }

    static String what(MediaType type) {
        return switch (type.kind()) {
            case IMAGE -> "photo";
            case VIDEO -> "video";
            case AUDIO -> "recording";
        };
    }

    private String nameOf(Long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "Someone no longer on the roster" : account.displayName();
    }
}
