package org.chalkpress.publishing;

/**
 * What the author said in the publish dialog: that they read the warnings, and (communications staff
 * only) why a block is overridden.
 */
public record Acknowledgement(boolean warningsAcknowledged, String overrideJustification) {

    public static final Acknowledgement NONE = new Acknowledgement(false, null);
    public static final Acknowledgement WARNINGS = new Acknowledgement(true, null);

    public boolean overridesBlock() {
        return overrideJustification != null && !overrideJustification.isBlank();
    }
}
