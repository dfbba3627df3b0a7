package org.chalkpress.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.chalkpress.people.Accounts;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.people.FirstAdministrator;

/**
 * On an empty database: in demo mode, seeds the demo district and prints its sign-ins; in production,
 * creates the first district administrator from configuration or prints a one-time setup link.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DistrictSetup {

    private static final Logger LOG = Logger.getLogger(DistrictSetup.class.getName());

    @Inject
    ChalkpressConfig config;

    @Inject
    Accounts accounts;

    @Inject
    DemoDistrict demo;

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void setUp() {
        if (accounts.count() > 0) {
            return;
        }
        if (config.demo()) {
            StringBuilder banner = new StringBuilder("\n\n=== Chalkpress demo district is ready at ")
                    .append(config.baseUrl()).append(" ===\nSign in with any of these (password: ")
                    .append(DemoDistrict.PASSWORD).append("):\n");
            for (DemoDistrict.DemoSignIn signIn : demo.seed()) {
                banner.append(String.format("  %-32s %-24s %s%n", signIn.username(), signIn.role(), signIn.note()));
            }
            LOG.info(banner.toString());
        } else {
            firstAdministrator.createOrInvite();
        }
    }
}
