package org.chalkpress.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The consent registry's settings (each also an environment variable, e.g. CHALKPRESS_CONSENT_SCHOOL_YEAR_ENDS). */
@ApplicationScoped
public class ConsentSettings {

    @Inject
    @ConfigProperty(name = "chalkpress.consent.school-year-ends", defaultValue = "07-31")
    String schoolYearEnds;

    /** When releases end unless they give their own expiry date. */
    public SchoolYear schoolYear() {
        return SchoolYear.endingOn(schoolYearEnds);
    }
}
