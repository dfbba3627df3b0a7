package org.chalkpress.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.people.Account;
import org.chalkpress.policy.Audience;

/**
 * The demo district's releases, so that tagging people in media can be tried both ways: the first grade 4
 * student's guardian released photos, video and voice for the class and the district but refused the name on
 * public pages; the other students have no release at all; Ms. Hill allows her own photo in public.
 */
@ApplicationScoped
@Transactional
public class DemoReleases {

    @Inject
    ConsentRegistry registry;

    @Inject
    ConsentAccess access;

    public void seed(Account student, Account teacher) {
        var today = ConsentRegistry.today();
        GivenBy guardian = guardianOf(student);
        for (ConsentKind kind : List.of(ConsentKind.PHOTO, ConsentKind.VIDEO, ConsentKind.VOICE)) {
            registry.record(null, student,
                    ConsentStatement.grant(kind, Audience.DISTRICT, today, guardian, null), ConsentSource.DEMO);
        }
        registry.record(null, student, ConsentStatement.refuse(ConsentKind.NAME_PUBLIC, today, guardian),
                ConsentSource.DEMO);
        registry.record(null, teacher,
                ConsentStatement.grant(ConsentKind.PHOTO, Audience.PUBLIC, today, GivenBy.self(), null),
                ConsentSource.DEMO);
    }

    private GivenBy guardianOf(Account student) {
        return access.guardiansOf(student.id()).stream().findFirst()
                .map(parent -> new GivenBy(parent.id(), parent.displayName()))
                .orElse(new GivenBy(null, "Guardian of " + student.displayName()));
    }
}
