package org.chalkpress.policy;

import java.util.List;

/**
 * What the gate knows about one library photo, video or recording shown in a submission (clause PHOTO-CONSENT):
 * who is tagged in it and whether each has consent for this kind of media and this audience, whether the
 * teacher said who is in it at all, how many faces the detector counted (null when not counted) and how many
 * of them the teacher blurred.
 *
 * @param src          the media's {@code src} exactly as it appears in the HTML
 * @param what         "photo", "video" or "recording"
 * @param blurredFaces faces the teacher blurred: no one can be recognised by them
 */
public record MediaShown(String src, String what, String fileName, List<PersonShown> people,
                         boolean peopleStated, Integer faceCount, boolean withdrawn, int blurredFaces) {

    /**
     * One tagged person and the consent registry's answer, in words a teacher can act on.
     *
     * @param blurred the teacher blurred this person's face, so they can no longer be recognised
     */
    public record PersonShown(long accountId, String name, boolean consented, String explanation, boolean blurred) {

        public PersonShown(long accountId, String name, boolean consented, String explanation) {
            this(accountId, name, consented, explanation, false);
        }
    }

    public MediaShown {
        people = List.copyOf(people);
    }

    public MediaShown(String src, String what, String fileName, List<PersonShown> people, boolean peopleStated,
                      Integer faceCount, boolean withdrawn) {
        this(src, what, fileName, people, peopleStated, faceCount, withdrawn, 0);
    }

    /** Faces still recognisable: counted minus blurred (null when not counted). */
    public Integer visibleFaces() {
        return faceCount == null ? null : Math.max(0, faceCount - blurredFaces);
    }

    /** Tagged people whose face is not blurred. */
    public long peopleVisible() {
        return people.stream().filter(p -> !p.blurred()).count();
    }
}
