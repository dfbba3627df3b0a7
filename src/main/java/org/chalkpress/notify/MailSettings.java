package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How e-mail leaves the platform: an SMTP server, in one typed place (each key is also an environment
 * variable, e.g. CHALKPRESS_MAIL_HOST). Without a host, notices are kept and shown in the app only.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "chalkpress.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "chalkpress.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "chalkpress.mail.from", defaultValue = "chalkpress@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "chalkpress.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "chalkpress.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "chalkpress.mail.starttls", defaultValue = "false")
    boolean starttls;

    public boolean configured() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public int port() { return port; }
    public String from() { return from; }
    public Optional<String> username() { return username.map(String::strip).filter(u -> !u.isEmpty()); }
    public Optional<String> password() { return password.filter(p -> !p.isEmpty()); }
    public boolean starttls() { return starttls; }
}
