package org.chalkpress.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;

/** Who may read and who may write on a class site. Every page and action asks here, on the server. */
@ApplicationScoped
public class SiteAccess {

    @Inject
    SiteDirectory directory;

    /** The audiences whose pages this viewer may read on this site. */
    public Set<Audience> readableAudiences(Viewer viewer, ClassSite site) {
        if (!viewer.signedIn()) {
            return EnumSet.of(Audience.PUBLIC);
        }
        if (isClassMember(viewer.required(), site)) {
            return EnumSet.allOf(Audience.class);
        }
        return EnumSet.of(Audience.PUBLIC, Audience.DISTRICT);
    }

    public boolean canRead(Viewer viewer, ClassSite site, Audience audience) {
        return readableAudiences(viewer, site).contains(audience);
    }

    /** Teachers of the class and communications staff write on a class site. */
    public boolean canAuthor(Viewer viewer, ClassSite site) {
        if (!viewer.signedIn()) {
            return false;
        }
        Account account = viewer.required();
        return switch (account.role()) {
            case DISTRICT_ADMIN, COMMUNICATIONS -> true;
            case TEACHER -> directory.isTeacherOf(account.id(), site.id());
            default -> false;
        };
    }

    public void requireAuthor(Viewer viewer, ClassSite site) {
        if (!canAuthor(viewer, site)) {
            throw new NotAllowedException("Only the class's teachers can write on " + site.title() + ".");
        }
    }

    private boolean isClassMember(Account account, ClassSite site) {
        return switch (account.role()) {
            case DISTRICT_ADMIN, COMMUNICATIONS -> true;
            case TEACHER -> directory.isTeacherOf(account.id(), site.id());
            case STUDENT -> directory.isStudentOf(account.id(), site.id());
            case PARENT -> directory.isParentIn(account.id(), site.id());
        };
    }
}
