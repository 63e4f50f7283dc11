package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * What the credits system answered to a charge, as the partner API shows it in {@code credit_resp}: a code
 * ({@code 0} is success), optional data (raw JSON from the credits system), a message and a trace id.
 */
public record CreditReceipt(int code, Optional<String> dataJson, String msg, String traceId) {

    public static final int SUCCESS = 0;

    public CreditReceipt {
        Require.present(dataJson, "data");
        Require.present(msg, "msg");
        Require.present(traceId, "traceId");
    }

    public boolean isSuccess() {
        return code == SUCCESS;
    }
}
