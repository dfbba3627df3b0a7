package org.chalkpress.media;

import org.chalkpress.policy.MediaCredit;

/** The line under a photo, video or recording saying whose it is and under which terms (clause COPYRIGHT). */
public final class CreditLine {

    private CreditLine() {
    }

    public static String of(MediaItem item, String uploaderName) {
        String what = switch (item.type().kind()) {
            case IMAGE -> "Photo";
            case VIDEO -> "Video";
            case AUDIO -> "Recording";
        };
        MediaCredit credit = item.credit();
        if (credit.ownWork()) {
            return what + ": " + uploaderName;
        }
        return what + ": " + credit.source() + licence(credit);
    }

    private static String licence(MediaCredit credit) {
        if (credit.licence() == null) {
            return "";
        }
        return ", " + switch (credit.licence()) {
            case CC_BY -> "CC BY";
            case CC_BY_SA -> "CC BY-SA";
            case CC_BY_NC -> "CC BY-NC";
            case CC0 -> "CC0";
            case PUBLIC_DOMAIN -> "public domain";
            case WITH_PERMISSION -> "used with permission";
            case FAIR_USE -> "fair use";
        };
    }
}
