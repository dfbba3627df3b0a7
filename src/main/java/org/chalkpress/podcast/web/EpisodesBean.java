package org.chalkpress.podcast.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.podcast.PodcastService;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** A teacher's episodes (teach/episodes.xhtml): their class podcasts and every episode, drafts included. */
@Named
@RequestScoped
public class EpisodesBean {

    @Inject
    PodcastService podcasts;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    /** One class site and its episodes. */
    public record SiteEpisodes(ClassSite site, List<ContentItem> episodes) { }

    private List<SiteEpisodes> sites;

    public List<SiteEpisodes> getSites() {
        if (sites == null) {
            Viewer viewer = currentViewer.viewer();
            sites = directory.sitesOf(viewer.required()).stream()
                    .filter(site -> access.canAuthor(viewer, site))
                    .map(site -> new SiteEpisodes(site, podcasts.episodesForEditing(viewer, site)))
                    .toList();
        }
        return sites;
    }
}
