package org.chalkpress.policy;

import java.util.Arrays;

/** The clauses of the district's social media policy (shared/policy/CLAUSES.md); every finding names one. */
public enum ClauseId {
    OFFICIAL("OFFICIAL", "Official pages carry the district's branding; other pages say they are not official."),
    ACCOUNTABLE("ACCOUNTABLE", "You are responsible for what you publish, and it may stay public indefinitely."),
    AGREEMENT("AGREEMENT", "Staff acknowledge the current social media policy before publishing."),
    CLASSROOM("CLASSROOM", "What is inappropriate in the classroom is inappropriate online."),
    STUDENT_PRIVACY("STUDENT-PRIVACY", "Never post confidential student information (FERPA)."),
    COPYRIGHT("COPYRIGHT", "Respect copyright and fair use: name the source and licence of media you did not make."),
    CITATION("CITATION", "Link to your sources, give credit, and do not plagiarise."),
    LINKS("LINKS", "Linked content must be appropriate and follow district policy."),
    PRIVACY_FIRST("PRIVACY-FIRST", "Privacy is paramount: assume everything you post is public."),
    PHOTO_CONSENT("PHOTO-CONSENT", "Ask permission from the people in photos, videos and recordings before posting."),
    SUBSTANCES("SUBSTANCES", "Images relating to alcohol or tobacco may be inappropriate."),
    MICROBLOG("MICROBLOG", "Short posts and comments are not private either.");

    private final String code;
    private final String summary;

    ClauseId(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    /** The stable ID as written in CLAUSES.md, e.g. {@code STUDENT-PRIVACY}. */
    public String code() {
        return code;
    }

    public String summary() {
        return summary;
    }

    public static ClauseId fromCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown policy clause: " + code));
    }
}
