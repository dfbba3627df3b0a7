package org.chalkpress.policy;

import java.util.Optional;

/**
 * The pages a new text is compared with to find copying: the platform's own pages and any registered
 * outside sources. Implementations must answer in milliseconds, since every publish asks.
 */
public interface ContentCorpus {

    /**
     * The page whose text is most similar to {@code text}, leaving out {@code excludingPageId} (the page
     * being edited, which is naturally similar to its own new revision); empty when nothing is close.
     */
    Optional<CorpusMatch> bestMatch(String text, String excludingPageId);
}
