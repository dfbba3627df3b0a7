package org.chalkpress.media.faces;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One face the detector found in a library photo, numbered from 1 left to right as the library screen shows
 * it; once blurred, whose face it was (null: someone not tagged), so the gate knows that person can no
 * longer be recognised.
 */
@Embeddable
public class DetectedFace {

    @Column(name = "face_index", nullable = false)
    private int number;

    @Column(nullable = false)
    private int x;

    @Column(nullable = false)
    private int y;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private boolean blurred;

    @Column(name = "person_id")
    private Long personId;

    protected DetectedFace() {
    }

    public DetectedFace(int number, FaceBox box) {
        this.number = number;
        this.x = box.x();
        this.y = box.y();
        this.width = box.width();
        this.height = box.height();
    }

    public int number() { return number; }
    public FaceBox box() { return new FaceBox(x, y, width, height); }
    public boolean blurred() { return blurred; }
    /** Whose face was blurred; null when it is someone not tagged, or not blurred yet. */
    public Long personId() { return personId; }

    /** This face once blurred (a new value: the library replaces the old one, so the change is saved). */
    public DetectedFace blurredAs(Long whose) {
        DetectedFace copy = new DetectedFace(number, box());
        copy.blurred = true;
        copy.personId = whose;
        return copy;
    }
}
