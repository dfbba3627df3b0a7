package org.chalkpress.policy.rules;

import java.util.List;
import org.chalkpress.policy.PolicyRule;

/** Every rule the district's policy needs, one instance each, in a fixed order: {@code new PolicyEngine(DistrictRules.all())}. */
public final class DistrictRules {

    private DistrictRules() {
    }

    public static List<PolicyRule> all() {
        return List.of(
                new AgreementRule(),
                new StudentPrivacyRule(),
                new PrivacyFirstRule(),
                new ClassroomLanguageRule(),
                new LinkSchemeRule(),
                new LinkDomainRule(),
                new LinkReachabilityRule(),
                new CopyrightRule(),
                new CitationRule(),
                new SubstancesRule(),
                new PhotoConsentRule(),
                new TranscriptRequiredRule(),
                new VoiceConsentRule());
    }
}
