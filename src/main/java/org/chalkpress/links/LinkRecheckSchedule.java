package org.chalkpress.links;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every night, re-checks the links of every published page (clause LINKS), outside any transaction. */
@Singleton
public class LinkRecheckSchedule {

    @Inject
    LinkRechecks rechecks;

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recheckPublishedLinks() {
        rechecks.recheckAll();
    }
}
