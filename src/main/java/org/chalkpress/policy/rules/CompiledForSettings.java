package org.chalkpress.policy.rules;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.chalkpress.policy.PolicySettings;

/**
 * A rule's lists prepared once for the district's settings and reused for every review with the same
 * settings object (settings are immutable; a district edit produces a new object and a fresh preparation).
 */
final class CompiledForSettings<T> {

    private record Entry<T>(PolicySettings settings, T value) { }

    private final Function<PolicySettings, T> compiler;
    private final AtomicReference<Entry<T>> last = new AtomicReference<>();

    CompiledForSettings(Function<PolicySettings, T> compiler) {
        this.compiler = compiler;
    }

    T get(PolicySettings settings) {
        Entry<T> entry = last.get();
        if (entry == null || entry.settings() != settings) {
            entry = new Entry<>(settings, compiler.apply(settings));
            last.set(entry);
        }
        return entry.value();
    }
}
