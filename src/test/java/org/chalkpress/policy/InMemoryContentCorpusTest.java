package org.chalkpress.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InMemoryContentCorpusTest {

    private static final String[] VOCABULARY = ("the a of and to in is was for on with as by at from river mountain"
            + " planet ocean forest desert city village storm cloud rain snow wind sun moon star rock soil seed tree"
            + " flower bee butterfly bird fish whale wolf bear fox owl history science math reading music art map"
            + " king queen war peace treaty machine engine light sound energy water fire ice cave island bridge").split(" ");

    private static String essay(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    @Test
    void estimatesSimilarityCloseToTheExactShingleJaccard() {
        Random random = new Random(7);
        String original = essay(random, 600);
        String half = original.substring(0, original.length() / 2) + essay(random, 300);
        DuplicateTextDetector.Fingerprint a = DuplicateTextDetector.fingerprint(original);
        DuplicateTextDetector.Fingerprint b = DuplicateTextDetector.fingerprint(half);
        double exact = DuplicateTextDetector.exactSimilarity(original, half);
        assertEquals(exact, a.similarity(b), 0.12);
        assertEquals(1.0, a.similarity(DuplicateTextDetector.fingerprint(original.toUpperCase())), 1e-9);
        assertTrue(DuplicateTextDetector.fingerprint("too short").isEmpty());
    }

    @Test
    void findsTheCopiedPageAmongTenThousandAndIgnoresThePageBeingEdited() {
        Random random = new Random(42);
        InMemoryContentCorpus corpus = new InMemoryContentCorpus();
        String[] texts = new String[10_000];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = essay(random, 150);
            corpus.add("page-" + i, "Page " + i, "https://cp.example/p/" + i, texts[i]);
        }
        assertEquals(10_000, corpus.size());
        String post = essay(random, 1_000) + texts[4_321] + " " + texts[4_321].substring(0, 200) + essay(random, 850);
        String copy = texts[4_321] + " and a few words of my own at the end";

        for (int round = 0; round < 20; round++) {
            Optional<CorpusMatch> match = corpus.bestMatch(copy, null);
            assertEquals("page-4321", match.orElseThrow().pageId());
            assertTrue(match.get().similarity() >= 0.7, () -> "similarity " + match.get().similarity());
            Optional<CorpusMatch> inLongPost = corpus.bestMatch(post, null);
            assertTrue(inLongPost.isEmpty() || inLongPost.get().similarity() < 0.5, "a long post that quotes a little is not a copy");
        }
        assertTrue(corpus.bestMatch(copy, "page-4321").map(m -> m.similarity() < 0.5).orElse(true));

        corpus.add("page-4321", "Page 4321", "https://cp.example/p/4321", essay(random, 150));
        assertTrue(corpus.bestMatch(copy, null).map(m -> m.similarity() < 0.5).orElse(true), "a replaced page is forgotten");
    }
}
