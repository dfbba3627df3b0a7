package org.chalkpress.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsubscribeLinksTest {

    @TempDir
    Path dataDir;

    private UnsubscribeLinks links() {
        UnsubscribeLinks links = new UnsubscribeLinks();
        links.config = new ChalkpressConfig() {
            @Override
            public Path dataDir() {
                return dataDir;
            }
        };
        links.signing = new SigningKey(links.config);
        return links;
    }

    @Test
    void aLinkUnsubscribesItsOwnRecipientFromItsOwnTopic() {
        UnsubscribeLinks links = links();
        assertEquals(Optional.of(new UnsubscribeLinks.Target(42, "site:7")), links.verify(links.token(42, "site:7")));
    }

    @Test
    void changingAnySingleCharacterOfTheSignatureBreaksTheLink() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        UnsubscribeLinks links = links();
        for (long account = 1; account <= 10; account++) {
            String token = links.token(account, "site:3");
            for (int i = token.lastIndexOf('.') + 1; i < token.length(); i++) {
                for (char swapped : alphabet.toCharArray()) {
                    if (swapped != token.charAt(i)) {
                        String tampered = token.substring(0, i) + swapped + token.substring(i + 1);
                        assertTrue(links.verify(tampered).isEmpty(), "accepted " + tampered + " for " + token);
                    }
                }
            }
        }
    }

    @Test
    void anotherRecipientsNumberCannotBeSwappedIn() {
        UnsubscribeLinks links = links();
        String token = links.token(42, "site:7");
        assertTrue(links.verify("43" + token.substring(2)).isEmpty());
    }
}
