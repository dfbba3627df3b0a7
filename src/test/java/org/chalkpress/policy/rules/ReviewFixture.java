package org.chalkpress.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentCorpus;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;

/** Readable test data: {@code aReview("<p>…</p>").asComment().byStudent().withRoster(MAYA).findings(rule)}. */
final class ReviewFixture {

    static final RosterStudent MAYA = new RosterStudent("Maya", "Ramirez", "100234", LocalDate.of(2014, 3, 3), false);
    static final RosterStudent LEO = new RosterStudent("Leo", "Chen", "100235", LocalDate.of(2014, 7, 19), false);
    static final RosterStudent LIAM_O = new RosterStudent("Liam", "O'Brien", "100236", LocalDate.of(2013, 11, 2), false);
    static final RosterStudent LIAM_P = new RosterStudent("Liam", "Patel", "100237", LocalDate.of(2014, 1, 30), false);
    static final RosterStudent ZOE = new RosterStudent("Zoe", "Whitfield", "100238", LocalDate.of(2014, 5, 9), true);
    static final RosterStudent AVA = new RosterStudent("Ava", "King", "100239", LocalDate.of(2014, 9, 14), false);
    static final List<RosterStudent> CLASS_4B = List.of(MAYA, LEO, LIAM_O, LIAM_P, ZOE, AVA);

    private final String html;
    private ContentKind kind = ContentKind.POST;
    private Audience audience = Audience.CLASS;
    private List<RosterStudent> roster = CLASS_4B;
    private RosterIndex rosterIndex;
    private PolicySettings settings = PolicySettings.DEFAULTS;
    private boolean staff = true;
    private boolean acknowledged = true;
    private boolean surnamesAllowed;
    private final Map<String, MediaCredit> credits = new HashMap<>();
    private Set<String> platformHosts = Set.of("media.chalkpress.example");
    private ContentCorpus corpus;
    private String pageId;

    private ReviewFixture(String html) {
        this.html = html;
    }

    static ReviewFixture aReview(String html) {
        return new ReviewFixture(html);
    }

    ReviewFixture asComment() { kind = ContentKind.COMMENT; return this; }
    ReviewFixture asCaption() { kind = ContentKind.CAPTION; return this; }
    ReviewFixture of(ContentKind k) { kind = k; return this; }
    ReviewFixture byStudent() { staff = false; return this; }
    ReviewFixture byStaffWhoHasNotAcknowledged() { staff = true; acknowledged = false; return this; }
    ReviewFixture publicly() { audience = Audience.PUBLIC; return this; }
    ReviewFixture forAudience(Audience a) { audience = a; return this; }
    ReviewFixture surnamesAllowed() { surnamesAllowed = true; return this; }
    ReviewFixture withRoster(RosterStudent... students) { roster = List.of(students); return this; }
    ReviewFixture withRosterIndex(RosterIndex index) { rosterIndex = index; roster = List.of(); return this; }
    ReviewFixture withSettings(PolicySettings s) { settings = s; return this; }
    ReviewFixture withCredit(String src, MediaCredit credit) { credits.put(src, credit); return this; }
    ReviewFixture withPlatformHosts(String... hosts) { platformHosts = Set.of(hosts); return this; }
    ReviewFixture withCorpus(ContentCorpus c) { corpus = c; return this; }
    ReviewFixture editing(String id) { pageId = id; return this; }

    Review build() {
        Review.Builder b = Review.of(kind, html).audience(audience).settings(settings).authorIsStaff(staff)
                .authorAcknowledgedPolicy(acknowledged).surnamesAllowedInPublic(surnamesAllowed)
                .mediaCredits(credits).platformHosts(platformHosts).corpus(corpus).pageId(pageId);
        if (rosterIndex != null) {
            b.rosterIndex(rosterIndex);
        } else {
            b.roster(new ArrayList<>(roster));
        }
        return b.build();
    }

    List<Finding> findings(PolicyRule rule) {
        Review review = build();
        List<Finding> findings = rule.check(review);
        for (Finding f : findings) {
            if (!f.excerpt().equals(review.document().excerpt(f.span()))) {
                throw new AssertionError("excerpt does not match span: " + f);
            }
            if (f.message().isBlank() || f.fix().isBlank()) {
                throw new AssertionError("finding without message or fix: " + f);
            }
        }
        return findings;
    }

    static PolicySettings settingsWithWordList(String name, String... entries) {
        return new PolicySettings(Map.of(name, List.of(entries)), Set.of(), Set.of(), Set.of(), Map.of());
    }

    static PolicySettings settingsWithDomains(Set<String> blocked, Set<String> allowed) {
        return new PolicySettings(Map.of(), blocked, allowed, Set.of(), Map.of());
    }
}
