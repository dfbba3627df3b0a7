package org.chalkpress.content;

import org.chalkpress.policy.ContentKind;

/** The kinds of page that share the one content model. */
public enum ItemKind {
    POST(ContentKind.POST), WIKI_PAGE(ContentKind.WIKI_PAGE), EPISODE(ContentKind.EPISODE);

    private final ContentKind reviewedAs;

    ItemKind(ContentKind reviewedAs) {
        this.reviewedAs = reviewedAs;
    }

    public ContentKind reviewedAs() {
        return reviewedAs;
    }
}
