package org.chalkpress.testing.browser;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits until an element has left the page (the page was replaced or the part re-drawn). Selenium's
 * {@code stalenessOf} knows only "stale element"; Chromium 156 also answers for a replaced node with an
 * inspector error ("does not belong to the document"), which is the same thing.
 */
public final class Gone {

    private Gone() {
    }

    public static ExpectedCondition<Boolean> from(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
