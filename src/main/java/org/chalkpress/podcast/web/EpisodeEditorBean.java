package org.chalkpress.podcast.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.media.MediaItem;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.podcast.Episode;
import org.chalkpress.podcast.EpisodeForm;
import org.chalkpress.podcast.PodcastService;
import org.chalkpress.podcast.Timestamp;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * The episode editor (teach/episode-editor.xhtml): title, show notes, recording, cover art, transcript, the
 * people heard, season and episode numbers, chapters; save, see the gate's findings, publish.
 */
@Named
@ViewScoped
public class EpisodeEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PodcastService podcasts;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    private String siteSlug;
    private Long id;
    private String siteTitle;
    private String episodeSlug;
    private String title;
    private String notes;
    private String audience;
    private Integer season;
    private Integer number;
    private String chapters;
    private List<String> peopleHeard = new ArrayList<>();
    private List<SelectItem> people = new ArrayList<>();
    private ItemStatus status = ItemStatus.DRAFT;
    private String findingsJson;
    private Verdict verdict;
    private boolean warningsAcknowledged;
    private String overrideJustification;
    private String audioLine;
    private String coverLine;
    private List<MediaItem> libraryChoices = new ArrayList<>();
    private Long chosenAudio;
    private Long chosenCover;
    private String transcriptLine;
    private String transcriptOriginal;
    private transient Part audioFile;
    private transient Part coverFile;
    private transient Part transcriptFile;

    /** Loads the episode (or the empty form for a new one) and checks the teacher may write here. */
    public void load() throws IOException {
        try {
            ClassSite site;
            if (id != null) {
                ContentItem item = podcasts.editable(currentViewer.viewer(), id);
                site = directory.site(item.siteId()).orElseThrow();
                siteSlug = site.slug();
                fill(item);
            } else {
                site = directory.site(siteSlug == null ? "" : siteSlug)
                        .orElseThrow(() -> new NotFoundException("No such class site."));
                access.requireAuthor(currentViewer.viewer(), site);
                audience = site.defaultAudience().code();
                libraryChoices = podcasts.libraryChoices(currentViewer.viewer(), site);
            }
            siteTitle = site.title();
            people = podcasts.peopleWhoMayBeHeard(site).stream()
                    .map(a -> new SelectItem(a.id().toString(), label(a))).toList();
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
        }
    }

    public void save() {
        if (store()) {
            FacesFeedback.info(verdict == Verdict.PASS ? "Draft saved."
                    : "Draft saved. See the notes beside the editor before publishing.");
        }
    }

    public String publish() {
        if (!store()) {
            return null;
        }
        try {
            PublishOutcome<?> outcome = podcasts.publish(currentViewer.viewer(), id,
                    new Acknowledgement(warningsAcknowledged, overrideJustification));
            refresh();
            if (outcome.published()) {
                FacesFeedback.flash("Published. " + readersLine());
                return "/teach/episodes?faces-redirect=true";
            }
            if (outcome.needsAcknowledgement()) {
                FacesFeedback.warn("Please read each warning beside the editor and tick “I have read the warnings”"
                        + " to publish.");
            } else {
                long blocking = outcome.decision().findings().stream()
                        .filter(f -> f.severity() == Severity.BLOCK).count();
                FacesFeedback.error("This episode cannot be published yet: " + blocking + " problem(s) beside the"
                        + " editor must be fixed first. Your draft is saved.");
            }
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
        return null;
    }

    public void unpublish() {
        try {
            podcasts.unpublish(currentViewer.viewer(), id);
            FacesFeedback.info("Unpublished. Listeners no longer find this episode on the podcast page or in any"
                    + " feed; it and its history are kept, and you can publish it again.");
        } catch (InvalidInputException e) {
            FacesFeedback.error(String.join(" ", e.fieldErrors().values()));
        }
        refresh();
    }

    /** Saves the form, then each file chosen; a refused file leaves the rest saved and says what to fix. */
    private boolean store() {
        try {
            Set<Long> heard = peopleHeard.stream().map(Long::valueOf).collect(Collectors.toSet());
            ContentItem item = podcasts.saveDraft(currentViewer.viewer(), siteSlug, id, new EpisodeForm(title, notes,
                    audience == null ? null : Audience.fromCode(audience), season, number, chapters, heard));
            id = item.id();
            if (chosenAudio != null) {
                podcasts.chooseAudio(currentViewer.viewer(), id, chosenAudio);
                chosenAudio = null;
            }
            if (chosenCover != null) {
                podcasts.chooseCover(currentViewer.viewer(), id, chosenCover);
                chosenCover = null;
            }
            if (chosen(audioFile)) {
                try (InputStream in = audioFile.getInputStream()) {
                    podcasts.attachAudio(currentViewer.viewer(), id, audioFile.getSubmittedFileName(), in);
                }
            }
            if (chosen(coverFile)) {
                try (InputStream in = coverFile.getInputStream()) {
                    podcasts.attachCover(currentViewer.viewer(), id, coverFile.getSubmittedFileName(), in);
                }
            }
            if (chosen(transcriptFile)) {
                try (InputStream in = transcriptFile.getInputStream()) {
                    podcasts.attachTranscript(currentViewer.viewer(), id,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            refresh();
            return true;
        } catch (InvalidInputException e) {
            chosenAudio = null;
            chosenCover = null;
            FacesFeedback.fieldErrors(e);
            if (id != null) {
                refresh();
            }
            return false;
        } catch (IOException e) {
            FacesFeedback.error("The file could not be received. Choose it again and save.");
            return false;
        }
    }

    private static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    private void refresh() {
        fill(podcasts.editable(currentViewer.viewer(), id));
    }

    private void fill(ContentItem item) {
        Episode episode = podcasts.episode(currentViewer.viewer(), item.id());
        libraryChoices = podcasts.libraryChoices(currentViewer.viewer(), directory.site(item.siteId()).orElseThrow());
        id = item.id();
        episodeSlug = item.slug();
        title = item.draftTitle();
        notes = item.draftBody();
        audience = item.audience().code();
        status = item.status();
        findingsJson = item.draftFindings();
        verdict = item.draftVerdict();
        season = episode.season();
        number = episode.number();
        chapters = episode.chapterLines();
        peopleHeard = episode.voices().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        audioLine = episode.hasAudio() ? Timestamp.show(java.time.Duration.ofSeconds(episode.durationSeconds()))
                + " · " + episode.bitrateKbps() + " kbit/s · " + episode.audioBytes() + " bytes (" + episode.audioType() + ")"
                : null;
        coverLine = episode.coverMediaId() == null ? null : libraryChoices.stream()
                .filter(m -> m.id().equals(episode.coverMediaId())).findFirst()
                .map(m -> m.fileName() + ", " + m.width() + " × " + m.height() + " pixels").orElse("a library image");
        transcriptOriginal = episode.transcriptOriginal();
        transcriptLine = episode.transcriptFormat().map(f -> f.name() + " transcript, "
                + episode.transcript().map(t -> t.cues().size()).orElse(0) + " cue(s)").orElse(null);
    }

    private static String label(Account a) {
        return a.displayName() + (a.role().isStaff() ? " (staff)" : "");
    }

    public String readersLine() {
        return "Who will hear it: " + Audience.fromCode(audience == null ? "class" : audience).describe() + ".";
    }

    public List<Finding> getFindings() { return FindingsJson.read(findingsJson); }
    public String getVerdictCode() { return verdict == null ? "" : verdict.code(); }
    public boolean isHasWarnings() { return verdict == Verdict.WARN; }
    public boolean isBlocked() { return verdict == Verdict.BLOCK; }
    public boolean isLive() { return status == ItemStatus.PUBLISHED; }
    public boolean isCanOverride() { return currentViewer.viewer().isCommunications(); }

    public String getSiteSlug() { return siteSlug; }
    public void setSiteSlug(String siteSlug) { this.siteSlug = siteSlug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSiteTitle() { return siteTitle; }
    public String getEpisodeSlug() { return episodeSlug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Integer getSeason() { return season; }
    public void setSeason(Integer season) { this.season = season; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public String getChapters() { return chapters; }
    public void setChapters(String chapters) { this.chapters = chapters; }
    public List<String> getPeopleHeard() { return peopleHeard; }
    public void setPeopleHeard(List<String> peopleHeard) { this.peopleHeard = peopleHeard; }
    public List<SelectItem> getPeople() { return people; }
    public ItemStatus getStatus() { return status; }
    public String getAudioLine() { return audioLine; }
    public String getCoverLine() { return coverLine; }
    public List<MediaItem> getLibraryChoices() { return libraryChoices; }
    public Long getChosenAudio() { return chosenAudio; }
    public void setChosenAudio(Long chosenAudio) { this.chosenAudio = chosenAudio; }
    public Long getChosenCover() { return chosenCover; }
    public void setChosenCover(Long chosenCover) { this.chosenCover = chosenCover; }
    public String getTranscriptLine() { return transcriptLine; }
    public String getTranscriptOriginal() { return transcriptOriginal; }
    public boolean isWarningsAcknowledged() { return warningsAcknowledged; }
    public void setWarningsAcknowledged(boolean value) { this.warningsAcknowledged = value; }
    public String getOverrideJustification() { return overrideJustification; }
    public void setOverrideJustification(String value) { this.overrideJustification = value; }
    public Part getAudioFile() { return audioFile; }
    public void setAudioFile(Part audioFile) { this.audioFile = audioFile; }
    public Part getCoverFile() { return coverFile; }
    public void setCoverFile(Part coverFile) { this.coverFile = coverFile; }
    public Part getTranscriptFile() { return transcriptFile; }
    public void setTranscriptFile(Part transcriptFile) { this.transcriptFile = transcriptFile; }
}
