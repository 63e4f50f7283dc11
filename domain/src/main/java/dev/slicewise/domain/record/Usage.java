package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * The sums of one group of records: answered messages, the models' tokens, the credits charged, the turns the
 * embedded engine answered after a provider failed ({@code fallbacks}), and the turns during which a provider failed
 * ({@code errors}: failed provider calls the turn survived, by another provider or the embedded engine). A turn that
 * got no answer at all is no record and is not counted here.
 *
 * @param group the day ({@code 2026-12-07}), key id, user or model; empty for the records without one (partner turns
 *              by key, turns of no named user by user)
 */
public record Usage(Optional<String> group, long messages, long promptTokens, long completionTokens, long credits,
                    long fallbacks, long errors) {

    public Usage {
        Require.present(group, "group");
        if (messages < 0 || promptTokens < 0 || completionTokens < 0 || credits < 0 || fallbacks < 0 || errors < 0) {
            throw new IllegalArgumentException("usage sums must not be negative");
        }
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
