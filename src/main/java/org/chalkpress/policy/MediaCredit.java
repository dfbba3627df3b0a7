package org.chalkpress.policy;

/**
 * What the author told the platform about one image, video or recording: their own work, or where it came
 * from and under which licence. Fair use needs a written justification.
 */
public record MediaCredit(boolean ownWork, String source, Licence licence, String fairUseJustification) {

    public enum Licence {
        CC_BY, CC_BY_SA, CC_BY_NC, CC0, PUBLIC_DOMAIN, WITH_PERMISSION, FAIR_USE
    }

    public MediaCredit {
        source = source == null ? "" : source.strip();
        fairUseJustification = fairUseJustification == null ? "" : fairUseJustification.strip();
    }

    public static MediaCredit authorsOwnWork() {
        return new MediaCredit(true, "", null, "");
    }

    public static MediaCredit of(String source, Licence licence) {
        return new MediaCredit(false, source, licence, "");
    }

    public static MediaCredit fairUse(String source, String justification) {
        return new MediaCredit(false, source, Licence.FAIR_USE, justification);
    }
}
