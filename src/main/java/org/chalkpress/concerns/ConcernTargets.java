package org.chalkpress.concerns;

import java.util.Optional;
import org.chalkpress.policy.ContentKind;

/**
 * Finds the things a report of concern can be about. The feature that owns a kind implements it as a CDI
 * bean (content items here; comments in the comments feature), so the concern queue needs to know nothing
 * about their tables. Whatever is hidden or removed is still found, with {@code shown} false.
 */
public interface ConcernTargets {

    boolean handles(ContentKind kind);

    Optional<ConcernTarget> find(ContentKind kind, long id);
}
