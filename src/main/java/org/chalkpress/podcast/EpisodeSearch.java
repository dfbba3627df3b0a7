package org.chalkpress.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chalkpress.platform.web.SearchWords;
import org.chalkpress.podcast.PodcastReader.Listening;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.sites.ClassSite;

/**
 * Searching a class podcast as a parent would: the titles, show notes and transcripts of the episodes the
 * listener may hear that are on air (the published text holds the notes and the transcript as the gate passed
 * them). A class podcast has tens of episodes, so they are read and scored here rather than indexed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EpisodeSearch {

    /** One result: the episode, and an excerpt with the matched words in &lt;mark&gt; (escaped HTML). */
    public record Hit(Listening episode, String excerptHtml) { }

    private record Scored(Hit hit, int score) { }

    @Inject
    PodcastReader reader;

    /** Episodes matching any word, those with the words in their title and most often first. */
    public List<Hit> search(ClassSite site, Set<Audience> audiences, String query) {
        List<String> words = SearchWords.of(query);
        if (words.isEmpty() || audiences.isEmpty()) {
            return List.of();
        }
        return reader.onAir(site, audiences).stream()
                .map(l -> score(l, words))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .map(Scored::hit)
                .toList();
    }

    private static Scored score(Listening l, List<String> words) {
        String title = l.revision().title().toLowerCase(Locale.ROOT);
        String text = ContentDocument.parse(l.revision().bodyHtml()).text();
        String lower = text.toLowerCase(Locale.ROOT);
        int score = 0;
        for (String word : words) {
            score += title.contains(word) ? 10 : 0;
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                score++;
            }
        }
        return new Scored(new Hit(l, SearchWords.excerpt(text, words)), score);
    }
}
