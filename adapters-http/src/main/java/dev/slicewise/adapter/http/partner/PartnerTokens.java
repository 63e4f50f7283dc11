package dev.slicewise.adapter.http.partner;

import dev.slicewise.domain.user.TokenHash;

import java.util.Collection;
import java.util.List;

/** The partner tokens that may register users, kept only as hashes and compared in constant time. */
public final class PartnerTokens {

    private final List<TokenHash> hashes;

    public PartnerTokens(Collection<String> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("at least one partner token is needed, and none may be blank");
        }
        this.hashes = tokens.stream().map(TokenHash::of).toList();
    }

    /** True when the presented token is one of the partner tokens; every token is compared, whatever matches. */
    boolean admits(String presented) {
        TokenHash candidate = TokenHash.of(presented);
        boolean admitted = false;
        for (TokenHash hash : hashes) {
            admitted |= hash.matches(candidate);
        }
        return admitted;
    }
}
