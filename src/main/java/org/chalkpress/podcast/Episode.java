package org.chalkpress.podcast;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.media.MediaItem;
import org.chalkpress.platform.Clock;

/**
 * What only a podcast episode has, beside its content item: the audio and cover art (media items of the
 * site's library), the numbers podcast apps show, chapters, the transcript, and who is heard in it.
 */
@Entity
@Table(name = "episode")
public class Episode {

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "audio_media_id")
    private Long audioMediaId;

    @Column(name = "cover_media_id")
    private Long coverMediaId;

    @Column(name = "audio_type")
    private String audioType;

    @Column(name = "audio_bytes")
    private Long audioBytes;

    @Column(name = "audio_sha256")
    private String audioSha256;

    @Column(name = "duration_seconds")
    private Long durationSeconds;

    @Column(name = "bitrate_kbps")
    private Long bitrateKbps;

    @Column(name = "season_number")
    private Integer season;

    @Column(name = "episode_number")
    private Integer number;

    @Column(nullable = false)
    private String chapters = "";

    @Column(name = "transcript_format")
    private String transcriptFormat;

    @Column(name = "transcript_text")
    private String transcriptText;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "episode_voice", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "account_id")
    private Set<Long> voices = new HashSet<>();

    protected Episode() {
    }

    public Episode(Long itemId, Long siteId) {
        this.itemId = itemId;
        this.siteId = siteId;
    }

    /** Uses a library recording as the episode's audio, with what was read from the file. */
    public void useAudio(MediaItem audio, AudioFacts facts) {
        this.audioMediaId = audio.id();
        this.audioType = audio.type().mimeType();
        this.audioBytes = audio.byteSize();
        this.audioSha256 = audio.blobKey();
        this.durationSeconds = facts.durationSeconds();
        this.bitrateKbps = facts.bitrateKbps();
    }

    public void useCover(MediaItem cover) {
        this.coverMediaId = cover == null ? null : cover.id();
    }

    public void number(Integer seasonNumber, Integer episodeNumber, String chapterLines) {
        this.season = seasonNumber;
        this.number = episodeNumber;
        this.chapters = chapterLines == null ? "" : chapterLines.strip();
    }

    public void useTranscript(Transcript transcript, String original) {
        this.transcriptFormat = transcript.format().name();
        this.transcriptText = original;
    }

    public void hear(Set<Long> people) {
        this.voices = new HashSet<>(people);
    }

    /** Taken off the page and the feed (consent ended); the episode and its history are kept. */
    public void withdraw(String reason) {
        if (withdrawnAt == null) {
            this.withdrawnAt = Clock.now();
            this.withdrawnReason = reason;
        }
    }

    /** Back on the page after the author published it again with everyone heard consenting. */
    public void reinstate() {
        this.withdrawnAt = null;
        this.withdrawnReason = null;
    }

    public Long itemId() { return itemId; }
    public Long siteId() { return siteId; }
    public Long audioMediaId() { return audioMediaId; }
    public Long coverMediaId() { return coverMediaId; }
    public String audioType() { return audioType; }
    public Long audioBytes() { return audioBytes; }
    public String audioSha256() { return audioSha256; }
    public Long durationSeconds() { return durationSeconds; }
    public Long bitrateKbps() { return bitrateKbps; }
    public Integer season() { return season; }
    public Integer number() { return number; }
    public String chapterLines() { return chapters; }
    public List<Chapters.Chapter> chapters() { return Chapters.parse(chapters); }
    public Set<Long> voices() { return Set.copyOf(voices); }
    public boolean hasAudio() { return audioMediaId != null; }
    public boolean hasTranscript() { return transcriptText != null && !transcriptText.isBlank(); }
    public Optional<Transcript> transcript() {
        return hasTranscript() ? Optional.of(Transcript.read(transcriptText)) : Optional.empty();
    }
    public String transcriptOriginal() { return transcriptText; }
    public Optional<Transcript.Format> transcriptFormat() {
        return Optional.ofNullable(transcriptFormat).map(Transcript.Format::valueOf);
    }
    public boolean withdrawn() { return withdrawnAt != null; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
    public String withdrawnReason() { return withdrawnReason; }
}
