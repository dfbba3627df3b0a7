package org.chalkpress.policy;

import java.util.List;

/**
 * What the gate knows about one library photo, video or recording shown in a submission (clause PHOTO-CONSENT):
 * who is tagged in it and whether each has consent for this kind of media and this audience, whether the
 * teacher said who is in it at all, and how many faces the detector counted (null when not counted).
 *
 * @param src      the media's {@code src} exactly as it appears in the HTML
 * @param what     "photo", "video" or "recording"
 */
public record MediaShown(String src, String what, String fileName, List<PersonShown> people,
                         boolean peopleStated, Integer faceCount, boolean withdrawn) {

    /** One tagged person and the consent registry's answer, in words a teacher can act on. */
    public record PersonShown(long accountId, String name, boolean consented, String explanation) {
    }

    public MediaShown {
        people = List.copyOf(people);
    }
}
