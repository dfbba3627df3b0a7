package org.chalkpress.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A submission as the policy rules see it: its text (parsed from sanitised HTML) and the context the gate
 * gathered — where it will appear, for whom, the class roster and the district's settings.
 */
public final class Review {

    private final ContentKind kind;
    private final String siteSlug;
    private final Audience audience;
    private final String title;
    private final ContentDocument document;
    private final List<RosterStudent> roster;
    private final PolicySettings settings;
    private final boolean surnamesAllowedInPublic;
    private final boolean authorAcknowledgedPolicy;
    private final boolean authorIsStaff;
    private final RosterIndex rosterIndex;
    private final Map<String, MediaCredit> mediaCredits;
    private final Set<String> platformHosts;
    private final ContentCorpus corpus;
    private final String pageId;
    private final Map<String, LinkResult> linkResults;
    private final List<MediaShown> mediaShown;
    private final Recording recording;

    private Review(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.siteSlug = b.siteSlug;
        this.audience = Objects.requireNonNull(b.audience, "audience");
        this.title = b.title == null ? "" : b.title;
        this.document = Objects.requireNonNull(b.document, "document");
        this.roster = List.copyOf(b.roster);
        this.settings = b.settings;
        this.surnamesAllowedInPublic = b.surnamesAllowedInPublic;
        this.authorAcknowledgedPolicy = b.authorAcknowledgedPolicy;
        this.authorIsStaff = b.authorIsStaff;
        this.rosterIndex = b.rosterIndex != null ? b.rosterIndex
                : roster.isEmpty() ? RosterIndex.EMPTY : new RosterIndex(roster);
        this.mediaCredits = Map.copyOf(b.mediaCredits);
        this.platformHosts = Set.copyOf(b.platformHosts);
        this.corpus = b.corpus;
        this.pageId = b.pageId;
        this.linkResults = Map.copyOf(b.linkResults);
        this.mediaShown = List.copyOf(b.mediaShown);
        this.recording = b.recording;
    }

    public static Builder of(ContentKind kind, String html) {
        return new Builder(kind, ContentDocument.parse(html));
    }

    public ContentKind kind() { return kind; }
    public String siteSlug() { return siteSlug; }
    public Audience audience() { return audience; }
    public String title() { return title; }
    public ContentDocument document() { return document; }
    public List<RosterStudent> roster() { return roster; }
    public PolicySettings settings() { return settings; }
    public boolean surnamesAllowedInPublic() { return surnamesAllowedInPublic; }
    public boolean authorAcknowledgedPolicy() { return authorAcknowledgedPolicy; }
    public boolean authorIsStaff() { return authorIsStaff; }
    /** The roster prepared for look-ups; the one the gate supplied, or one built from {@link #roster()}. */
    public RosterIndex rosterIndex() { return rosterIndex; }
    /** Credits for media, by the media's {@code src} exactly as it appears in the HTML. */
    public Map<String, MediaCredit> mediaCredits() { return mediaCredits; }
    /** Hosts that serve the platform's own uploads; media from anywhere else is hot-linked. */
    public Set<String> platformHosts() { return platformHosts; }
    /** Pages to compare the text with for copying, if the gate has any. */
    public Optional<ContentCorpus> corpus() { return Optional.ofNullable(corpus); }
    /** The page being edited, when it already exists; null for a new page. */
    public String pageId() { return pageId; }
    /**
     * What the link checker found, by href exactly as in the HTML; empty unless the gate checked the links
     * over the network (at publish time only, never for previews or live findings).
     */
    public Map<String, LinkResult> linkResults() { return linkResults; }
    /** The platform's library media shown in the submission, with who is in each and their consent. */
    public List<MediaShown> mediaShown() { return mediaShown; }
    /** The recording published with the text (podcast episodes), or empty for text-only content. */
    public Optional<Recording> recording() { return Optional.ofNullable(recording); }

    public static final class Builder {
        private final ContentKind kind;
        private final ContentDocument document;
        private String siteSlug;
        private Audience audience = Audience.CLASS;
        private String title;
        private List<RosterStudent> roster = new ArrayList<>();
        private PolicySettings settings = PolicySettings.DEFAULTS;
        private boolean surnamesAllowedInPublic;
        private boolean authorAcknowledgedPolicy = true;
        private boolean authorIsStaff = true;
        private RosterIndex rosterIndex;
        private Map<String, MediaCredit> mediaCredits = Map.of();
        private Set<String> platformHosts = Set.of();
        private ContentCorpus corpus;
        private String pageId;
        private Map<String, LinkResult> linkResults = Map.of();
        private List<MediaShown> mediaShown = List.of();
        private Recording recording;

        private Builder(ContentKind kind, ContentDocument document) {
            this.kind = kind;
            this.document = document;
        }

        public Builder site(String slug) { this.siteSlug = slug; return this; }
        public Builder audience(Audience audience) { this.audience = audience; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder roster(List<RosterStudent> roster) { this.roster = new ArrayList<>(roster); return this; }
        public Builder settings(PolicySettings settings) { this.settings = settings; return this; }
        public Builder surnamesAllowedInPublic(boolean allowed) { this.surnamesAllowedInPublic = allowed; return this; }
        public Builder authorAcknowledgedPolicy(boolean acknowledged) { this.authorAcknowledgedPolicy = acknowledged; return this; }
        public Builder authorIsStaff(boolean staff) { this.authorIsStaff = staff; return this; }

        /** A prepared index of the roster; when given, {@link Review#roster()} falls back to its students. */
        public Builder rosterIndex(RosterIndex index) {
            this.rosterIndex = index;
            if (this.roster.isEmpty() && index != null) {
                this.roster = new ArrayList<>(index.students());
            }
            return this;
        }

        public Builder mediaCredits(Map<String, MediaCredit> credits) { this.mediaCredits = Map.copyOf(credits); return this; }
        public Builder platformHosts(Set<String> hosts) { this.platformHosts = Set.copyOf(hosts); return this; }
        public Builder corpus(ContentCorpus corpus) { this.corpus = corpus; return this; }
        public Builder pageId(String pageId) { this.pageId = pageId; return this; }
        public Builder linkResults(Map<String, LinkResult> results) { this.linkResults = Map.copyOf(results); return this; }
        public Builder mediaShown(List<MediaShown> media) { this.mediaShown = List.copyOf(media); return this; }

        public Builder recording(Recording recording) { this.recording = recording; return this; }

        public Review build() {
            return new Review(this);
        }
    }
}
