package org.chalkpress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's secret for signing things it hands out and must recognise later without storing them
 * (unsubscribe links, form tokens): HMAC-SHA256 with a key kept in the data directory, so signatures survive
 * restarts. Each use signs its own payload shape, so one kind of signature is never valid as another.
 */
@ApplicationScoped
public class SigningKey {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ChalkpressConfig config;
    private volatile byte[] key;

    /** For the container's proxy. */
    protected SigningKey() {
    }

    @Inject
    public SigningKey(ChalkpressConfig config) {
        this.config = config;
    }

    /** The signature of {@code payload}, URL-safe Base64. */
    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code signature} is this key's for {@code payload}. Compared as text, not decoded bytes: a decoder
     * ignores the unused bits of the last character, so a signature with its last character changed would
     * otherwise still verify. Constant time.
     */
    public boolean verifies(String payload, String signature) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(payload).getBytes(StandardCharsets.US_ASCII));
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
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file, e);
        }
    }
}
