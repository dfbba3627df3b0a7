package org.chalkpress.media.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chalkpress.media.faces.DetectedFace;
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
 * then describe each — alt text, caption, credit, and who is in it — and blur the faces of people who should not
 * be recognised.
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
    /** The captions file being sent with the form; never kept with the view. */
    private transient Part captionsFile;
    private String altText;
    private String caption;
    private String source = "own";
    private String creditSource;
    private String licence;
    private String fairUseJustification;
    private List<String> people = new ArrayList<>();
    private boolean noIdentifiablePeople;
    private String outsidersStatement;
    private List<FaceChoice> faceChoices = new ArrayList<>();

    /** What the teacher chose for one detected face: blur it, and whose face it is ("" for someone not tagged). */
    public static class FaceChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int number;
        private boolean blur;
        private String whose = "";

        FaceChoice(int number) {
            this.number = number;
        }

        public int getNumber() { return number; }
        public boolean isBlur() { return blur; }
        public void setBlur(boolean value) { this.blur = value; }
        public String getWhose() { return whose; }
        public void setWhose(String value) { this.whose = value == null ? "" : value; }

        Long person() {
            return whose.isBlank() ? null : Long.valueOf(whose);
        }
    }

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
        faceChoices = new ArrayList<>(item.faces().stream().filter(f -> !f.blurred())
                .map(f -> new FaceChoice(f.number())).toList());
    }

    /** Blurs the ticked faces, each recorded as the person chosen beside it. */
    public void blurSelected() {
        blur(faceChoices.stream().filter(FaceChoice::isBlur).toList());
    }

    /**
     * One click for the usual case: blurs every face not said to be a tagged person's, when that is exactly
     * as many faces as the photo shows beyond the people tagged.
     */
    public void blurUntagged() {
        List<FaceChoice> untagged = faceChoices.stream().filter(c -> c.person() == null).toList();
        long expected = getUntaggedFaces();
        if (untagged.size() != expected) {
            FacesFeedback.error("This photo shows " + expected + " face" + (expected == 1 ? "" : "s")
                    + " of people not tagged, but " + untagged.size() + (untagged.size() == 1 ? " is" : " are")
                    + " marked \"someone not tagged\". Say whose face each tagged person's is, then try again.");
            return;
        }
        blur(untagged);
    }

    private void blur(List<FaceChoice> chosen) {
        Map<Integer, Long> whose = new LinkedHashMap<>();
        chosen.forEach(c -> whose.put(c.getNumber(), c.person()));
        try {
            MediaItem item = library.blurFaces(currentViewer.viewer(), selectedId, whose);
            FacesFeedback.info("Blurred " + (whose.size() == 1 ? "face " : "faces ")
                    + String.join(", ", whose.keySet().stream().map(String::valueOf).toList()) + " in "
                    + item.fileName() + ". Only the blurred photo is shown from now on.");
            select(item);
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
    }

    /** Faces still recognisable beyond the tagged people whose faces are not blurred (0 when none). */
    public long getUntaggedFaces() {
        MediaItem item = getSelected();
        if (item == null || item.faceCount() == null) {
            return 0;
        }
        long visible = item.faceCount() - item.blurredFaceCount();
        long tagged = item.people().stream().filter(p -> !item.blurredPeople().contains(p)).count();
        return Math.max(0, visible - tagged);
    }

    /** Where a face's numbered box goes over the photo, as a share of its size (the photo scales with the page). */
    public String boxStyle(DetectedFace face) {
        MediaItem item = getSelected();
        var box = face.box();
        return String.format(Locale.ROOT, "left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%",
                100.0 * box.x() / item.width(), 100.0 * box.y() / item.height(),
                100.0 * box.width() / item.width(), 100.0 * box.height() / item.height());
    }

    /** The people tagged in the selected photo: whose a face can be. */
    public List<Account> getTaggedPeople() {
        MediaItem item = getSelected();
        return item == null ? List.of()
                : getTaggablePeople().stream().filter(a -> item.people().contains(a.id())).toList();
    }

    public List<FaceChoice> getFaceChoices() {
        return faceChoices;
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

    /** Adds the chosen WebVTT or SubRip file to the selected video as its captions. */
    public void addCaptions() {
        if (captionsFile == null || captionsFile.getSize() == 0) {
            FacesFeedback.fieldErrors(InvalidInputException.of("captions",
                    "Choose a captions file first: WebVTT (.vtt) or SubRip (.srt)."));
            return;
        }
        try (InputStream in = captionsFile.getInputStream()) {
            MediaItem item = library.caption(currentViewer.viewer(), selectedId, in);
            FacesFeedback.info("Added captions to " + item.fileName() + ". Readers can turn them on under the video"
                    + " wherever it is shown.");
            select(item);
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (IOException e) {
            FacesFeedback.error("The captions file did not arrive whole. Try again.");
        }
    }

    public void removeCaptions() {
        MediaItem item = library.removeCaptions(currentViewer.viewer(), selectedId);
        FacesFeedback.info("Removed the captions of " + item.fileName() + ".");
        select(item);
    }

    public Part getCaptionsFile() { return captionsFile; }
    public void setCaptionsFile(Part value) { this.captionsFile = value; }

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
