package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.chalkpress.platform.ChalkpressConfig;

/**
 * One-click unsubscribe links: signed (HMAC-SHA256) for one recipient and one topic, so they work without
 * signing in and cannot be forged for anyone else. The key lives in the data directory and survives restarts,
 * so links in old e-mails keep working.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** Whom and what a valid link unsubscribes. */
    public record Target(long accountId, String topic) { }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    ChalkpressConfig config;

    private volatile byte[] key;

    public String url(long accountId, String topic) {
        return config.baseUrl() + "/unsubscribe?t=" + token(accountId, topic);
    }

    public String token(long accountId, String topic) {
        String payload = accountId + "." + B64.encodeToString(topic.getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload));
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
            // Compared as text, not decoded bytes: the decoder ignores the unused bits of the last character,
            // so a link with its last character changed would otherwise still verify.
            byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
            byte[] expected = B64.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(given, expected)) {
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

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate(config.dataDir().resolve("mail-link.key"));
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "mail-link", ".tmp");
            Files.write(temp, fresh);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the e-mail link key in " + file, e);
        }
    }
}
