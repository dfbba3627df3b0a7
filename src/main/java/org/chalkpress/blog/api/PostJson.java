package org.chalkpress.blog.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.chalkpress.blog.PostView;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.sites.ClassSite;

/** How posts, drafts and revisions look in the API. */
final class PostJson {

    private PostJson() {
    }

    static JsonObject draft(ContentItem item, ClassSite site) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", item.id())
                .add("site", site.slug())
                .add("slug", item.slug())
                .add("status", item.status().name().toLowerCase())
                .add("audience", item.audience().code())
                .add("title", item.draftTitle())
                .add("body", item.draftBody())
                .add("tags", Json.createArrayBuilder(item.draftTags().values().stream().sorted().toList()))
                .add("verdict", item.draftVerdict() == null ? "pass" : item.draftVerdict().code())
                .add("findings", FindingsJson.toJson(FindingsJson.read(item.draftFindings())));
        if (item.liveRevisionId() != null) {
            json.add("liveRevision", item.liveRevisionId());
        }
        if (item.scheduledFor() != null) {
            json.add("scheduledFor", item.scheduledFor().toString());
        }
        return json.build();
    }

    static JsonObject published(PostView post, ClassSite site) {
        return Json.createObjectBuilder()
                .add("id", post.itemId())
                .add("site", site.slug())
                .add("slug", post.slug())
                .add("title", post.title())
                .add("body", post.bodyHtml())
                .add("tags", Json.createArrayBuilder(post.tags()))
                .add("audience", post.audience().code())
                .add("author", post.authorName())
                .add("publishedAt", post.publishedAt().toString())
                .add("revision", post.revisionNumber())
                .build();
    }

    static JsonObject revision(Revision revision) {
        return Json.createObjectBuilder()
                .add("id", revision.id())
                .add("number", revision.number())
                .add("title", revision.title())
                .add("body", revision.bodyHtml())
                .add("audience", revision.audience().code())
                .add("verdict", revision.verdict().code())
                .add("createdAt", revision.createdAt().toString())
                .build();
    }
}
