package org.chalkpress.media.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.chalkpress.media.MediaDetails;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.media.MediaRefusedException;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A class site's media library (teach/media.xhtml): upload several files at once (drag and drop, progress),
 * then describe each — alt text, caption, credit, and who is in it.
 */
@Named
@ViewScoped
public class MediaLibraryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediaLibrary library;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    private String slug;
    private String siteTitle;
    private Long selectedId;
    private String altText;
    private String caption;
    private String source = "own";
    private String creditSource;
    private String licence;
    private String fairUseJustification;
    private List<String> people = new ArrayList<>();
    private boolean noIdentifiablePeople;
    private String outsidersStatement;

    public void load() throws IOException {
        ClassSite site = directory.site(slug == null ? "" : slug).orElse(null);
        if (site == null || !access.canAuthor(currentViewer.viewer(), site)) {
            FacesFeedback.notFound();
            return;
        }
        siteTitle = site.title();
    }

    private ClassSite site() {
        return directory.site(slug).orElseThrow();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            MediaItem item = library.upload(currentViewer.viewer(), site(), file.getFileName(), in);
            FacesFeedback.info("Uploaded " + item.fileName() + ". Describe it and say who is in it before using it.");
            select(item);
        } catch (MediaRefusedException e) {
            FacesFeedback.error(file.getFileName() + ": " + e.getMessage());
        } catch (IOException e) {
            FacesFeedback.error(file.getFileName() + ": the upload was interrupted. Try again.");
        }
    }

    public List<MediaItem> getItems() {
        return library.library(currentViewer.viewer(), site());
    }

    public List<Account> getTaggablePeople() {
        return library.taggablePeople(site());
    }

    public void edit(long itemId) {
        select(library.editable(currentViewer.viewer(), itemId));
    }

    private void select(MediaItem item) {
        selectedId = item.id();
        altText = item.altText();
        caption = item.caption();
        source = item.ownWork() ? "own" : "other";
        creditSource = item.creditSource();
        licence = item.licence() == null ? null : item.licence().name();
        fairUseJustification = item.fairUseJustification();
        people = new ArrayList<>(item.people().stream().map(String::valueOf).toList());
        noIdentifiablePeople = item.noIdentifiablePeople();
        outsidersStatement = item.outsidersStatement();
    }

    public void save() {
        try {
            boolean own = "own".equals(source);
            MediaItem item = library.describe(currentViewer.viewer(), selectedId, new MediaDetails(altText, caption,
                    own, creditSource, own || licence == null || licence.isBlank() ? null
                    : MediaCredit.Licence.valueOf(licence), fairUseJustification,
                    new HashSet<>(people.stream().map(Long::valueOf).toList()), noIdentifiablePeople,
                    outsidersStatement));
            FacesFeedback.info("Saved the details of " + item.fileName() + "."
                    + (item.textFindings() == null ? "" : " The policy check found something in its text: see below."));
            select(item);
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
    }

    public MediaItem getSelected() {
        return selectedId == null ? null : library.find(selectedId).orElse(null);
    }

    /** The snippet the post editor's "insert media" puts in a post. */
    public String embedHtml(MediaItem item) {
        return "/media/" + slug + "/" + item.id();
    }

    public String getSlug() { return slug; }
    public void setSlug(String value) { this.slug = value; }
    public String getSiteTitle() { return siteTitle; }
    public Long getSelectedId() { return selectedId; }
    public String getAltText() { return altText; }
    public void setAltText(String value) { this.altText = value; }
    public String getCaption() { return caption; }
    public void setCaption(String value) { this.caption = value; }
    public String getSource() { return source; }
    public void setSource(String value) { this.source = value; }
    public String getCreditSource() { return creditSource; }
    public void setCreditSource(String value) { this.creditSource = value; }
    public String getLicence() { return licence; }
    public void setLicence(String value) { this.licence = value; }
    public String getFairUseJustification() { return fairUseJustification; }
    public void setFairUseJustification(String value) { this.fairUseJustification = value; }
    public List<String> getPeople() { return people; }
    public void setPeople(List<String> value) { this.people = value == null ? new ArrayList<>() : value; }
    public boolean isNoIdentifiablePeople() { return noIdentifiablePeople; }
    public void setNoIdentifiablePeople(boolean value) { this.noIdentifiablePeople = value; }
    public String getOutsidersStatement() { return outsidersStatement; }
    public void setOutsidersStatement(String value) { this.outsidersStatement = value; }
}
