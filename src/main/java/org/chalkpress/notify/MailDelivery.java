package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.chalkpress.platform.ChalkpressConfig;

/**
 * Writes a notice as an e-mail (plain text, and the same as simple HTML with the district's name; see
 * {@link MailHtml}) and hands it to the configured SMTP server (Jakarta Mail).
 */
@ApplicationScoped
public class MailDelivery {

    private static final String TIMEOUT_MS = "15000";

    @Inject
    MailSettings settings;

    @Inject
    ChalkpressConfig config;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    public void send(StoredNotice notice, String toAddress) throws MessagingException {
        String unsubscribe = unsubscribeLinks.url(notice.recipientId(), notice.topic());
        MimeMessage message = compose(toAddress, notice.subject(), text(notice, unsubscribe));
        // RFC 2369 and RFC 8058: mail programs offer their own one-click "unsubscribe" button.
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        transport(message);
    }

    /** A message for one person about their own account (a password link): nobody subscribed, so no unsubscribe. */
    public void sendPersonal(String toAddress, String subject, String text) throws MessagingException {
        transport(compose(toAddress, subject, text + "\n-- \n" + config.districtName() + " · Chalkpress\n"
                + config.baseUrl() + "\n"));
    }

    private MimeMessage compose(String toAddress, String subject, String text) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        try {
            message.setFrom(new InternetAddress(settings.from(), config.districtName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(toAddress, true));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailHtml.of(config.districtName(), subject, text), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, html));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void transport(MimeMessage message) throws MessagingException {
        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    String text(StoredNotice notice, String unsubscribe) {
        StringBuilder out = new StringBuilder(notice.body().length() + 512);
        out.append(notice.body()).append("\n\n");
        if (notice.link() != null) {
            out.append(absolute(notice.link())).append("\n\n");
        }
        out.append("-- \n").append(config.districtName()).append(" · Chalkpress\n")
                .append("You get this e-mail because of your account at ").append(config.baseUrl()).append(".\n")
                .append("To stop e-mails like this one: ").append(unsubscribe).append("\n");
        return out.toString();
    }

    private String absolute(String link) {
        return link.startsWith("http://") || link.startsWith("https://") ? link : config.baseUrl() + link;
    }
}
