package org.chalkpress.people.signin;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chalkpress.notify.MailDelivery;
import org.chalkpress.notify.MailSettings;

/**
 * Sends password links on a container worker thread, after the request has answered: the answer then takes
 * the same time whether or not an account was found, so its timing tells nobody which addresses exist.
 */
@Stateless
public class ResetLetters {

    private static final Logger LOG = Logger.getLogger(ResetLetters.class.getName());

    @Inject
    MailDelivery delivery;

    @Inject
    MailSettings settings;

    @Asynchronous
    public void send(PasswordResets.Letter letter) {
        if (!settings.configured()) {
            LOG.warning("A password link was asked for, but no mail server is configured (chalkpress.mail.host)");
            return;
        }
        try {
            delivery.sendPersonal(letter.to(), letter.subject(), letter.text());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A password link could not be e-mailed", e);
        }
    }
}
