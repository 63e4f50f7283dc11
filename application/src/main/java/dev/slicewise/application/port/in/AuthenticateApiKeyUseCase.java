package dev.slicewise.application.port.in;

import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.user.UserId;

/**
 * Admits one request of the native API by its key, once, before anything else of the request is judged: the key must
 * be active and within its per-minute limit. The other use cases take the owner it returns.
 */
public interface AuthenticateApiKeyUseCase {

    KeyAdmission admit(String presentedSecret);

    sealed interface KeyAdmission {
    }

    /** No active key has this secret. */
    record Unknown() implements KeyAdmission {
    }

    /** The key is over its limit; nothing of the request may run. */
    record Limited(RateAdmission rate) implements KeyAdmission {
    }

    /** The request runs for {@code owner}. */
    record Admitted(UserId owner, RateAdmission rate) implements KeyAdmission {
    }
}
