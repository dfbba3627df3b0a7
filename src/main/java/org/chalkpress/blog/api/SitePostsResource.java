package org.chalkpress.blog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.BlogService;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A site's posts over REST: what is published there, and new drafts. */
@Path("sites/{site}/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "applicationPassword")
public class SitePostsResource {

    @Inject
    BlogService blog;

    @Inject
    BlogReader reader;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    @GET
    @Operation(summary = "Published posts of a site that the caller may read, newest first")
    public JsonObject published(@PathParam("site") String slug, @QueryParam("page") Integer page) {
        ClassSite site = site(slug);
        BlogReader.PostPage posts = reader.page(site, access.readableAudiences(currentViewer.viewer(), site),
                page == null ? 1 : page);
        JsonArrayBuilder items = Json.createArrayBuilder();
        posts.posts().forEach(p -> items.add(PostJson.published(p, site)));
        return Json.createObjectBuilder().add("page", posts.page()).add("hasMore", posts.hasMore())
                .add("posts", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft; the response carries the policy findings")
    public Response create(@PathParam("site") String slug, PostsResource.PostInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        ContentItem item = blog.saveDraft(viewer, slug, null, PostsResource.PostInput.toForm(input));
        return Response.created(URI.create("/api/v1/posts/" + item.id()))
                .entity(PostJson.draft(item, site(slug))).build();
    }

    private ClassSite site(String slug) {
        return directory.site(slug).orElseThrow(() -> new NotFoundException("No class site called '" + slug + "'."));
    }
}
