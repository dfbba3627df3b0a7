package org.chalkpress.blog;

import java.time.OffsetDateTime;
import java.util.List;
import org.chalkpress.content.Tags;
import org.chalkpress.policy.Audience;

/** A published post as readers see it. */
public record PostView(Long itemId, String slug, String title, String bodyHtml, List<String> tags,
                       Audience audience, String authorName, OffsetDateTime publishedAt,
                       OffsetDateTime updatedAt, int revisionNumber) {

    static PostView of(Object[] row) {
        var item = (org.chalkpress.content.ContentItem) row[0];
        var revision = (org.chalkpress.content.Revision) row[1];
        String author = (String) row[2];
        return new PostView(item.id(), item.slug(), revision.title(), revision.bodyHtml(),
                List.copyOf(Tags.parse(revision.tags()).values()), revision.audience(), author,
                item.firstPublishedAt(), revision.createdAt(), revision.number());
    }

    /** The first words of the post, for lists and feeds. */
    public String summary(int maxChars) {
        String text = org.jsoup.Jsoup.parseBodyFragment(bodyHtml).text();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > 0 ? cut : maxChars) + "…";
    }
}
