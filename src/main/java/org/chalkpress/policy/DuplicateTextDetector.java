package org.chalkpress.policy;

import java.util.Arrays;
import java.util.List;

/**
 * Finds texts that share most of their wording. A text is cut into overlapping runs of five words
 * ("shingles"); two texts' similarity is the Jaccard index of their shingle sets (shared / all). Rather than
 * keep every shingle, each text is summarised by a MinHash signature of {@value #HASHES} numbers whose
 * agreement estimates that index (±0.05), and the signature is cut into {@value #BANDS} bands so that
 * similar texts share a band and can be found by hash look-up (locality-sensitive hashing): with bands of
 * {@value #ROWS} rows, a pair at similarity 0.5 is found with probability 0.87, 0.6 with 0.98, 0.3 with 0.23.
 */
public final class DuplicateTextDetector {

    public static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;

    /** A text's signature; {@code shingles} is how many distinct shingles it had (0: too short to compare). */
    public record Fingerprint(long[] minHashes, int shingles) {

        public boolean isEmpty() {
            return shingles == 0;
        }

        /** The estimated Jaccard similarity of the two texts. */
        public double similarity(Fingerprint other) {
            if (isEmpty() || other.isEmpty()) {
                return 0;
            }
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (minHashes[i] == other.minHashes[i]) {
                    same++;
                }
            }
            return same / (double) HASHES;
        }

        /** One key per band; texts that agree on all rows of any band share that band's key. */
        public long[] bandKeys() {
            long[] keys = new long[BANDS];
            for (int band = 0; band < BANDS; band++) {
                long key = band * 0x9E3779B97F4A7C15L;
                for (int row = 0; row < ROWS; row++) {
                    key = mix(key ^ minHashes[band * ROWS + row]);
                }
                keys[band] = key;
            }
            return keys;
        }
    }

    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private DuplicateTextDetector() {
    }

    public static Fingerprint fingerprint(String text) {
        long[] shingles = shingles(text);
        long[] minHashes = new long[HASHES];
        Arrays.fill(minHashes, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < minHashes[i]) {
                    minHashes[i] = h;
                }
            }
        }
        return new Fingerprint(minHashes, shingles.length);
    }

    /** The distinct shingles of a text, hashed; case and punctuation do not matter. */
    public static long[] shingles(String text) {
        List<Word> words = Word.scan(text == null ? "" : text);
        if (words.size() < SHINGLE_WORDS) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i).lower());
        }
        long[] shingles = new long[words.size() - SHINGLE_WORDS + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                h = mix(h * 31 + wordHashes[i + k]);
            }
            shingles[i] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** Exact Jaccard similarity of two texts' shingle sets, for tests and small comparisons. */
    public static double exactSimilarity(String a, String b) {
        long[] x = shingles(a);
        long[] y = shingles(b);
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) (x.length + y.length - shared);
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole result. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
