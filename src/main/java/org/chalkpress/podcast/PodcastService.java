package org.chalkpress.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.content.Revision;
import org.chalkpress.content.RevisionLog;
import org.chalkpress.content.Tags;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.media.MediaType;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.publishing.PublishStep;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.sites.Slug;

/**
 * A teacher's work on class podcast episodes: drafts (always saved, with the gate's findings), the audio, cover
 * art and transcript attached to them, and publishing through the gate with the people heard in the recording.
 */
@ApplicationScoped
@Transactional
public class PodcastService {

    /** Addresses under /sites/{site}/podcast/ that are not episodes. */
    private static final Set<String> RESERVED = Set.of("audio", "private", "feed");

    /** The recordings podcast apps play everywhere. */
    private static final Set<MediaType> RECORDINGS = EnumSet.of(MediaType.MP3, MediaType.M4A);

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    PublishGate gate;

    @Inject
    RevisionLog revisions;

    @Inject
    SiteChanges changes;

    @Inject
    MediaLibrary library;

    @Inject
    BlobStore store;

    @Inject
    AuditLog audit;

    /** Saves the draft whatever its notes say, and records what the gate would say about it. */
    public ContentItem saveDraft(Viewer viewer, String siteSlug, Long itemId, EpisodeForm form) {
        ClassSite site = directory.site(siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        access.requireAuthor(viewer, site);
        EpisodeForm input = form.validated();
        Set<Long> heard = onTheRoster(site, input.peopleHeard());
        ContentItem item = itemId == null ? newEpisode(viewer.required(), site, input.title()) : editable(viewer, itemId);
        if (!item.siteId().equals(site.id())) {
            throw new NotFoundException("No such episode on this site.");
        }
        item.editDraft(input.title(), input.notesHtml(), item.draftTags(),
                input.audience() == null ? item.audience() : input.audience());
        Episode episode = episodeOf(item);
        episode.number(input.season(), input.number(), input.chapters());
        episode.hear(heard);
        recordReview(item, episode, site, viewer.required());
        return item;
    }

    /** Uploads the recording into the site's library and makes it the episode's audio (MP3 or M4A only). */
    public Episode attachAudio(Viewer viewer, Long itemId, String fileName, InputStream content) {
        ContentItem item = editable(viewer, itemId);
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        return useAudio(viewer, item, library.upload(viewer, site, fileName, content));
    }

    /** Makes a recording already in the site's library the episode's audio. */
    public Episode chooseAudio(Viewer viewer, Long itemId, long mediaId) {
        ContentItem item = editable(viewer, itemId);
        return useAudio(viewer, item, libraryItem(viewer, item, mediaId));
    }

    /** Uploads an image as the episode's cover art; the media library re-encodes it without its metadata. */
    public Episode attachCover(Viewer viewer, Long itemId, String fileName, InputStream content) {
        ContentItem item = editable(viewer, itemId);
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        return useCover(viewer, item, library.upload(viewer, site, fileName, content));
    }

    public Episode chooseCover(Viewer viewer, Long itemId, long mediaId) {
        ContentItem item = editable(viewer, itemId);
        return useCover(viewer, item, libraryItem(viewer, item, mediaId));
    }

    /** Reads an uploaded transcript (WebVTT, SRT or plain text) and keeps it with the episode. */
    public Episode attachTranscript(Viewer viewer, Long itemId, String content) {
        ContentItem item = editable(viewer, itemId);
        Transcript transcript;
        try {
            transcript = Transcript.read(content);
        } catch (TranscriptException e) {
            throw InvalidInputException.of("transcript", e.getMessage());
        }
        Episode episode = episodeOf(item);
        episode.useTranscript(transcript, content);
        recordReview(item, episode, directory.site(item.siteId()).orElseThrow(), viewer.required());
        return episode;
    }

    /** Sends the saved draft through the publish gate; the draft stays saved whatever it decides. */
    public PublishOutcome<Revision> publish(Viewer viewer, Long itemId, Acknowledgement ack) {
        ContentItem item = editable(viewer, itemId);
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        Episode episode = episodeOf(item);
        if (item.draftTitle().isBlank()) {
            throw InvalidInputException.of("title", "Give the episode a title before publishing.");
        }
        if (!episode.hasAudio()) {
            throw InvalidInputException.of("audio", "Upload the episode's recording (MP3 or M4A) before publishing.");
        }
        Account author = viewer.required();
        PublishOutcome<Revision> outcome = gate.publish(submissionOf(item, episode, site, author), ack,
                new EpisodeStep(item, episode, author));
        item.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        if (outcome.published()) {
            changes.touched(site.id());
        }
        return outcome;
    }

    /**
     * Takes the episode down: off the podcast page, the feed and every private feed, its audio and transcript
     * answering like a missing episode's. Nothing is destroyed; publishing it again goes through the gate.
     */
    public ContentItem unpublish(Viewer viewer, Long itemId) {
        ContentItem item = editable(viewer, itemId);
        if (item.status() != ItemStatus.PUBLISHED) {
            throw InvalidInputException.of("status", "This episode is not published, so there is nothing to take down.");
        }
        item.unpublish();
        audit.recordDecision(viewer.required(), AuditAction.UNPUBLISHED, item.siteId(), ContentKind.EPISODE.name(),
                item.id(), item.liveRevisionId(), null, List.of(), null);
        changes.touched(item.siteId());
        return item;
    }

    public ContentItem editable(Viewer viewer, Long itemId) {
        ContentItem item = itemId == null ? null : em.find(ContentItem.class, itemId);
        if (item == null || item.kind() != ItemKind.EPISODE) {
            throw new NotFoundException("No such episode.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No such episode.");
        }
        return item;
    }

    public Episode episode(Viewer viewer, Long itemId) {
        return episodeOf(editable(viewer, itemId));
    }

    public List<ContentItem> episodesForEditing(Viewer viewer, ClassSite site) {
        access.requireAuthor(viewer, site);
        return em.createQuery("select i from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " order by i.updatedAt desc", ContentItem.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.EPISODE)
                .getResultList();
    }

    /** What of the site's library an episode can use: MP3 and M4A recordings, and images for the cover art. */
    public List<MediaItem> libraryChoices(Viewer viewer, ClassSite site) {
        return library.library(viewer, site).stream()
                .filter(m -> !m.withdrawn() && (m.isImage() || RECORDINGS.contains(m.type())))
                .toList();
    }

    /** Who may be named as heard in an episode: the site's students and teachers. */
    public List<Account> peopleWhoMayBeHeard(ClassSite site) {
        List<Account> people = new java.util.ArrayList<>(directory.teachersOf(site.id()));
        people.addAll(directory.studentsOf(site.id()));
        return people;
    }

    private Set<Long> onTheRoster(ClassSite site, Set<Long> people) {
        Set<Long> allowed = new HashSet<>();
        peopleWhoMayBeHeard(site).forEach(a -> allowed.add(a.id()));
        for (Long id : people) {
            if (!allowed.contains(id)) {
                throw InvalidInputException.of("peopleHeard", "Only students and teachers of this class can be"
                        + " named as heard in its episodes. Remove the person who is not on the roster.");
            }
        }
        return people;
    }

    private Episode useAudio(Viewer viewer, ContentItem item, MediaItem audio) {
        if (!RECORDINGS.contains(audio.type())) {
            throw InvalidInputException.of("audio", "Episodes are MP3 or M4A audio; \"" + audio.fileName()
                    + "\" is " + audio.type().mimeType() + ". Export the recording as MP3 or M4A.");
        }
        AudioFacts facts;
        try {
            facts = AudioFacts.read(copyOf(audio), audio.type());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("audio", e.getMessage());
        }
        Episode episode = episodeOf(item);
        episode.useAudio(audio, facts);
        return episode;
    }

    private Episode useCover(Viewer viewer, ContentItem item, MediaItem cover) {
        if (!cover.isImage()) {
            throw InvalidInputException.of("cover", "Cover art is an image (JPEG, PNG or WebP); \""
                    + cover.fileName() + "\" is not.");
        }
        CoverArt.problemWith(cover.fileName(), cover.width(), cover.height()).ifPresent(problem -> {
            throw InvalidInputException.of("cover", problem);
        });
        Episode episode = episodeOf(item);
        episode.useCover(cover);
        recordReview(item, episode, directory.site(item.siteId()).orElseThrow(), viewer.required());
        return episode;
    }

    private MediaItem libraryItem(Viewer viewer, ContentItem item, long mediaId) {
        MediaItem media = library.editable(viewer, mediaId);
        if (!media.siteId().equals(item.siteId()) || media.withdrawn()) {
            throw new NotFoundException("No such recording or image in this class's library.");
        }
        return media;
    }

    /** jaudiotagger reads files, and the store holds bytes under their hash: a temporary copy bridges them. */
    private Path copyOf(MediaItem audio) {
        try (InputStream in = store.open(new BlobKey(audio.blobKey()), 0)) {
            Path copy = Files.createTempFile("episode-audio-", "." + audio.type().extension());
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored recording " + audio.id(), e);
        }
    }

    private void recordReview(ContentItem item, Episode episode, ClassSite site, Account author) {
        GateDecision decision = gate.review(submissionOf(item, episode, site, author));
        item.recordDraftReview(decision.verdict(), FindingsJson.write(decision.findings()));
    }

    private Episode episodeOf(ContentItem item) {
        Episode episode = em.find(Episode.class, item.id());
        if (episode == null) {
            episode = new Episode(item.id(), item.siteId());
            em.persist(episode);
        }
        return episode;
    }

    private ContentItem newEpisode(Account author, ClassSite site, String title) {
        Slug base = Slug.from(title.isBlank() ? "episode" : title);
        if (RESERVED.contains(base.value())) {
            base = new Slug(base.value() + "-episode");
        }
        String candidate = base.value();
        for (int n = 2; slugTaken(site, candidate); n++) {
            candidate = base.value() + "-" + n;
        }
        ContentItem item = new ContentItem(ItemKind.EPISODE, site.id(), author.id(), new Slug(candidate),
                site.defaultAudience());
        em.persist(item);
        em.flush();
        em.persist(new Episode(item.id(), site.id()));
        return item;
    }

    private boolean slugTaken(ClassSite site, String slug) {
        return em.createQuery("select count(i) from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " and i.slug = :slug", Long.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.EPISODE)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    private Submission submissionOf(ContentItem item, Episode episode, ClassSite site, Account author) {
        MediaItem cover = episode.coverMediaId() == null ? null : em.find(MediaItem.class, episode.coverMediaId());
        String html = EpisodeBody.compose(site.slug(), item.draftBody(), cover, episode.transcript().orElse(null));
        return new Submission(ContentKind.EPISODE, site, author, item.draftTitle(), html, item.audience(), item.id(),
                new Submission.Audio(episode.hasTranscript(), episode.voices()));
    }

    /** Stores a new numbered revision, makes it live, and puts a withdrawn episode back once it passes again. */
    private final class EpisodeStep implements PublishStep<Revision> {
        private final ContentItem item;
        private final Episode episode;
        private final Account author;

        EpisodeStep(ContentItem item, Episode episode, Account author) {
            this.item = item;
            this.episode = episode;
            this.author = author;
        }

        @Override
        public Revision persist(String sanitisedHtml, GateDecision decision) {
            Revision revision = revisions.append(item, item.draftTitle(), sanitisedHtml, Tags.parse(""),
                    item.audience(), author.id(), decision.verdict());
            item.goLive(revision);
            episode.reinstate();
            return revision;
        }

        @Override
        public Long revisionId(Revision result) {
            return result.id();
        }
    }
}
