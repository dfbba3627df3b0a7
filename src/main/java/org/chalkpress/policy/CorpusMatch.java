package org.chalkpress.policy;

/** The page of a {@link ContentCorpus} most like a text, and how alike they are (0 to 1). */
public record CorpusMatch(String pageId, String title, String url, double similarity) { }
