package org.chalkpress.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link ContentCorpus} held in memory: each page's MinHash signature filed under its band keys, so a
 * look-up compares the text only with pages that share a band, not with every page. Adding a page again
 * under the same id replaces it. Safe for concurrent readers and writers.
 */
public final class InMemoryContentCorpus implements ContentCorpus {

    private record Page(String pageId, String title, String url, DuplicateTextDetector.Fingerprint fingerprint) { }

    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Integer> slotById = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public void add(String pageId, String title, String url, String text) {
        DuplicateTextDetector.Fingerprint fingerprint = DuplicateTextDetector.fingerprint(text);
        lock.writeLock().lock();
        try {
            Integer old = slotById.remove(pageId);
            if (old != null) {
                pages.set(old, null);
            }
            if (fingerprint.isEmpty()) {
                return;
            }
            int slot = pages.size();
            pages.add(new Page(pageId, title, url, fingerprint));
            slotById.put(pageId, slot);
            for (long key : fingerprint.bandKeys()) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(slot);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<CorpusMatch> bestMatch(String text, String excludingPageId) {
        DuplicateTextDetector.Fingerprint fingerprint = DuplicateTextDetector.fingerprint(text);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            Page best = null;
            double bestSimilarity = 0;
            Set<Integer> seen = new HashSet<>();
            for (long key : fingerprint.bandKeys()) {
                for (int slot : buckets.getOrDefault(key, List.of())) {
                    Page page = pages.get(slot);
                    if (!seen.add(slot) || page == null || page.pageId().equals(excludingPageId)) {
                        continue;
                    }
                    double similarity = fingerprint.similarity(page.fingerprint());
                    if (similarity > bestSimilarity) {
                        best = page;
                        bestSimilarity = similarity;
                    }
                }
            }
            return best == null ? Optional.empty()
                    : Optional.of(new CorpusMatch(best.pageId(), best.title(), best.url(), bestSimilarity));
        } finally {
            lock.readLock().unlock();
        }
    }
}
