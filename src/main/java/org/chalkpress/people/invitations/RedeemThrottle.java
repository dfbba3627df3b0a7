package org.chalkpress.people.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.chalkpress.platform.RecentAttempts;

/**
 * Stops anyone from guessing invitation codes: a few wrong codes an hour per account and per network
 * address, then no more tries until the hour has passed. In memory: one node.
 */
@ApplicationScoped
public class RedeemThrottle {

    static final int WRONG_CODES_PER_HOUR = 5;

    private final RecentAttempts wrong = new RecentAttempts(Duration.ofHours(1));

    /** @param accountId null for someone creating their account with the code */
    public boolean mayTry(Long accountId, String address, Instant now) {
        return (accountId == null || wrong.count("account:" + accountId, now) < WRONG_CODES_PER_HOUR)
                && wrong.count("address:" + address, now) < WRONG_CODES_PER_HOUR;
    }

    public void wrongCode(Long accountId, String address, Instant now) {
        if (accountId != null) {
            wrong.add("account:" + accountId, now);
        }
        wrong.add("address:" + address, now);
    }
}
