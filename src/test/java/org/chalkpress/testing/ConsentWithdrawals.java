package org.chalkpress.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chalkpress.consent.ConsentWithdrawn;

/** Test deployments only: remembers every ConsentWithdrawn event, as the media and podcast features would see it. */
@ApplicationScoped
public class ConsentWithdrawals {

    private final List<ConsentWithdrawn> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes ConsentWithdrawn withdrawn) {
        seen.add(withdrawn);
    }

    public List<ConsentWithdrawn> of(long accountId) {
        return seen.stream().filter(w -> w.accountId() == accountId).toList();
    }
}
