package org.chalkpress.policy;

/** Who may read a page. Ordered from most to least private; the least visible is the default. */
public enum Audience {
    /** The class's students, its teachers and the students' parents. */
    CLASS,
    /** Anyone signed in to the district. */
    DISTRICT,
    /** Anyone on the internet. */
    PUBLIC;

    public static Audience fromCode(String code) {
        for (Audience audience : values()) {
            if (audience.name().equalsIgnoreCase(code)) {
                return audience;
            }
        }
        throw new IllegalArgumentException("Unknown audience '" + code + "': use class, district or public");
    }

    public String code() {
        return name().toLowerCase();
    }

    /** Plain words for the publish dialog. */
    public String describe() {
        return switch (this) {
            case CLASS -> "the students and teachers of this class and the students' parents";
            case DISTRICT -> "everyone signed in to the district";
            case PUBLIC -> "anyone on the internet";
        };
    }
}
