package org.chalkpress.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;

/** Site settings that the district controls: the official mark (clause OFFICIAL) and default audience. */
@ApplicationScoped
@Transactional
public class SiteAdministration {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SiteAccess access;

    @Inject
    SiteChanges changes;

    public ClassSite markOfficial(Viewer viewer, Long siteId, boolean official) {
        if (!viewer.isCommunications()) {
            throw new NotAllowedException("Only communications staff or a district administrator can mark a site official.");
        }
        ClassSite site = find(siteId);
        site.setOfficial(official);
        audit.record(viewer.required(), null,
                official ? AuditAction.SITE_MARKED_OFFICIAL : AuditAction.SITE_UNMARKED_OFFICIAL, site.id(), null);
        changes.touched(site.id());
        return site;
    }

    /** A class's own settings, which its teachers choose: who new posts are for, surnames on public pages. */
    public ClassSite changeSettings(Viewer viewer, Long siteId, Audience defaultAudience, boolean surnamesInPublic) {
        ClassSite site = find(siteId);
        access.requireAuthor(viewer, site);
        site.setDefaultAudience(defaultAudience);
        site.setSurnamesInPublic(surnamesInPublic);
        changes.touched(site.id());
        return site;
    }

    private ClassSite find(Long siteId) {
        ClassSite site = em.find(ClassSite.class, siteId);
        if (site == null) {
            throw new NotFoundException("No such class site.");
        }
        return site;
    }
}
