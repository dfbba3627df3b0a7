package org.chalkpress.policy.agreement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Role;
import org.chalkpress.platform.ChalkpressConfig;

/**
 * In demo mode, once the demo district exists: if no employee has agreed to the policy yet, its staff are
 * recorded as having agreed, so that trying the demo does not start with every publish blocked. Later
 * policy revisions must still be agreed to by hand, as in a real district.
 */
@Singleton
@Startup
@DependsOn("DistrictSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPolicyAgreement {

    @Inject
    ChalkpressConfig config;

    @Inject
    Accounts accounts;

    @Inject
    PolicyAgreements agreements;

    @PostConstruct
    void agreeForDemoStaff() {
        if (!config.demo() || agreements.acknowledgementCount() > 0) {
            return;
        }
        List<Account> staff = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                staff.addAll(accounts.withRole(role));
            }
        }
        agreements.acknowledgeForDemo(staff);
    }
}
