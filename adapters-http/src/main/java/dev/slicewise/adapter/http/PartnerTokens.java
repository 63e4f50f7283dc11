package dev.slicewise.adapter.http;
import dev.slicewise.domain.user.TokenHash;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.List;

/**
 * The partner tokens, which authenticate the operator on every API ({@code Authorization: Token <partner token>}):
 * the partner API's {@code user_access_token/} and the native API's keys. Kept only as hashes, compared in constant
 * time.
 */
public final class PartnerTokens {

    private static final String TOKEN_SCHEME = "Token ";

    private final List<TokenHash> hashes;

    public PartnerTokens(Collection<String> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("at least one partner token is needed, and none may be blank");
        }
        this.hashes = tokens.stream().map(TokenHash::of).toList();
    }

    /** True when the request's {@code Authorization} header is {@code Token } and one of the partner tokens. */
    public boolean authenticates(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && authorization.startsWith(TOKEN_SCHEME)
                && admits(authorization.substring(TOKEN_SCHEME.length()).strip());
    }

    /**
     * A key of 256 bits for {@code purpose} (the session cursors' HMAC, for one), derived from the first partner token:
     * the same on every node configured with the same tokens and across restarts, unknown to anyone without the token.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashes.getFirst().hex().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** True when the presented token is one of the partner tokens; every token is compared, whatever matches. */
    private boolean admits(String presented) {
        if (presented.isEmpty()) {
            return false;
        }
        TokenHash candidate = TokenHash.of(presented);
        boolean admitted = false;
        for (TokenHash hash : hashes) {
            admitted |= hash.matches(candidate);
        }
        return admitted;
    }
}
