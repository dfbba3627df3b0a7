package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.SigningKey;

/**
 * One-click unsubscribe links: signed (see {@link SigningKey}) for one recipient and one topic, so they work
 * without signing in and cannot be forged for anyone else; links in old e-mails keep working after restarts.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** Whom and what a valid link unsubscribes. */
    public record Target(long accountId, String topic) { }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    ChalkpressConfig config;

    @Inject
    SigningKey signing;

    public String url(long accountId, String topic) {
        return config.baseUrl() + "/unsubscribe?t=" + token(accountId, topic);
    }

    public String token(long accountId, String topic) {
        String payload = accountId + "." + B64.encodeToString(topic.getBytes(StandardCharsets.UTF_8));
        return payload + "." + signing.sign(payload);
    }

    public Optional<Target> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        try {
            if (!signing.verifies(payload, token.substring(last + 1))) {
                return Optional.empty();
            }
            long account = Long.parseLong(token.substring(0, first));
            String topic = new String(Base64.getUrlDecoder().decode(token.substring(first + 1, last)),
                    StandardCharsets.UTF_8);
            return Optional.of(new Target(account, topic));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
