package org.chalkpress.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the platform under test delivers to: GreenMail, in the test's own process, on the port the
 * build gives the server ({@code it.mail.port}, see the pom). Register it with {@code @RegisterExtension}.
 */
public final class MailTestServer {

    private MailTestServer() {
    }

    public static GreenMailExtension smtp() {
        return new GreenMailExtension(
                new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
