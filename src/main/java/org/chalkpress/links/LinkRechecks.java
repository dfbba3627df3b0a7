package org.chalkpress.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.settings.PolicySettingsStore;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * Clause LINKS, later: links that answered at publish time break or start redirecting somewhere else, so the
 * links of published pages are checked again — daily, and when a teacher asks — with the same checker and the
 * district's current lists. Not transactional on purpose: no database transaction stays open while the network
 * is asked; each page's results are stored in a short transaction of their own.
 */
@ApplicationScoped
public class LinkRechecks {

    private static final Logger LOG = Logger.getLogger(LinkRechecks.class.getName());

    /** How a re-check went: links checked, and how many did not answer or are refused. */
    public record Summary(int checked, int broken, int refused) { }

    @Inject
    LinkReachability reachability;

    @Inject
    LinkCheckRecords records;

    @Inject
    PolicySettingsStore settingsStore;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    /** Re-checks every published page's links in the district. */
    public Summary recheckAll() {
        Summary summary = recheck(records.publishedPages(null));
        LOG.info(() -> "Link re-check: " + summary.checked() + " link(s), " + summary.broken() + " broken, "
                + summary.refused() + " refused");
        return summary;
    }

    /** "Check now" on a site's broken-link report: for its teachers and communications staff only. */
    public Summary recheckSite(Viewer viewer, String siteSlug) {
        ClassSite site = directory.site(siteSlug == null ? "" : siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        access.requireAuthor(viewer, site);
        return recheck(records.publishedPages(site.id()));
    }

    private Summary recheck(List<LinkCheckRecords.PageLinks> pages) {
        PolicySettings settings = settingsStore.current();
        int checked = 0;
        int broken = 0;
        int refused = 0;
        for (LinkCheckRecords.PageLinks page : pages) {
            Map<String, LinkResult> results = reachability.check(page.hrefs(), settings);
            records.replace(page.siteId(), page.itemId(), page.hrefs(), results, Clock.now());
            for (LinkResult result : results.values()) {
                checked++;
                broken += result.outcome() == LinkResult.Outcome.BROKEN ? 1 : 0;
                refused += result.outcome() == LinkResult.Outcome.REFUSED ? 1 : 0;
            }
        }
        return new Summary(checked, broken, refused);
    }
}
