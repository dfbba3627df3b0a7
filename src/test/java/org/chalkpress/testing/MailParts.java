package org.chalkpress.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** What mail tests read of a delivered e-mail: its plain-text or its HTML alternative, with Unix line ends. */
public final class MailParts {

    private MailParts() {
    }

    public static String plain(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    public static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) {
        try {
            if (mail.isMimeType(type)) {
                return ((String) mail.getContent()).replace("\r\n", "\n");
            }
            if (mail.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType(type)) {
                        return ((String) part.getContent()).replace("\r\n", "\n");
                    }
                }
            }
            throw new AssertionError("The e-mail has no " + type + " part: " + mail.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
