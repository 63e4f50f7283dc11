package dev.slicewise.adapter.credits;

import dev.slicewise.adapter.credits.FakeElegooCredits.Answer;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElegooCreditLedgerTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    /** Generous for answers (the first call of a JVM loads Netty), short where the timeout is the point. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
    private static final ChargeRequest CHARGE =
            new ChargeRequest(new UserId("ELEGOO_USER_001"), new Credits(1), "req-7f3a");

    private final FakeElegooCredits fake = FakeElegooCredits.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ElegooCreditLedger ledger(String baseUrl, String secret) {
        return ledger(baseUrl, secret, TIMEOUT);
    }

    private ElegooCreditLedger ledger(String baseUrl, String secret, Duration timeout) {
        return new ElegooCreditLedger(JSON, ElegooCreditsSettings.of(baseUrl, FakeElegooCredits.PATH,
                timeout.toMillis(), "X-Api-Key", secret));
    }

    private ChargeOutcome charge(Answer answer) {
        fake.answer(answer);
        ElegooCreditLedger ledger = ledger(fake.baseUrl(), "s3cret");
        try {
            return ledger.charge(CHARGE);
        } finally {
            ledger.close();
        }
    }

    @Test
    void charge_postsUserAmountAndRequestIdAsJsonWithTheSecretHeader() {
        charge(Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE));

        FakeElegooCredits.Received request = fake.received().getFirst();
        assertEquals(1, fake.received().size());
        assertEquals("POST", request.method());
        assertEquals(FakeElegooCredits.PATH, request.path());
        assertEquals("s3cret", request.headers().get("x-api-key"));
        assertTrue(request.headers().get("content-type").startsWith("application/json"));
        assertEquals("{\"elegoo_user_id\":\"ELEGOO_USER_001\",\"amount\":1,\"request_id\":\"req-7f3a\"}", request.body());
    }

    @Test
    void givenNoSecret_charge_sendsNoAuthenticationHeader() {
        ElegooCreditLedger ledger = ledger(fake.baseUrl(), "");
        ledger.charge(CHARGE);
        ledger.close();

        assertFalse(fake.received().getFirst().headers().containsKey("x-api-key"));
    }

    @Test
    void settings_neverShowTheSecret() {
        ElegooCreditsSettings settings = ElegooCreditsSettings.of("http://127.0.0.1:1", "/c", 300, "X-Api-Key", "s3cret");

        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void givenCode0_charge_isChargedWithTheReceiptAndItsDataAsRawJson() {
        ChargeOutcome outcome = charge(Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE));

        assertEquals(new ChargeOutcome.Charged(Optional.of(new CreditsReceipt(0, "success", FakeElegooCredits.TRACE_ID,
                Optional.of("{\"balance\":9}")))), outcome);
    }

    @Test
    void givenInsufficientCredits_charge_isRefusedWithTheUpstreamReceipt() {
        ChargeOutcome outcome = charge(Answer.of(200, FakeElegooCredits.INSUFFICIENT));

        assertEquals(new ChargeOutcome.Refused(new CreditsReceipt(402, "insufficient credits",
                FakeElegooCredits.TRACE_ID, Optional.empty())), outcome);
    }

    @Test
    void givenUnknownUser_charge_isRefusedWithTheUpstreamReceipt() {
        ChargeOutcome outcome = charge(Answer.of(200, FakeElegooCredits.USER_NOT_EXIST));

        assertEquals(new ChargeOutcome.Refused(new CreditsReceipt(10012, "user not exist",
                "00000000000000000000000000000000", Optional.empty())), outcome);
    }

    @Test
    void givenRefusedConnection_charge_isUnavailableForConnection() {
        ElegooCreditLedger ledger = ledger(FakeElegooCredits.refusingUrl(), "s3cret");

        assertEquals(new ChargeOutcome.Unavailable(CreditFailure.CONNECTION_ERROR_OR_TIMEOUT), ledger.charge(CHARGE));
        ledger.close();
    }

    @Test
    void givenAnswerSlowerThanTheTimeout_charge_isUnavailableForTimeout() {
        fake.answer(Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE).after(SHORT_TIMEOUT.multipliedBy(4)));
        ElegooCreditLedger ledger = ledger(fake.baseUrl(), "s3cret", SHORT_TIMEOUT);

        ChargeOutcome outcome = ledger.charge(CHARGE);

        ledger.close();
        assertEquals(new ChargeOutcome.Unavailable(CreditFailure.CONNECTION_ERROR_OR_TIMEOUT), outcome);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void given5xx_charge_isUnavailableForServerError(int status) {
        assertEquals(new ChargeOutcome.Unavailable(CreditFailure.SERVER_ERROR),
                charge(Answer.of(status, "{\"error\":\"down\"}")));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 429, 302})
    void givenOtherNon2xx_charge_isUnavailableForUnexpectedHttpError(int status) {
        assertEquals(new ChargeOutcome.Unavailable(CreditFailure.UNEXPECTED_HTTP_ERROR),
                charge(Answer.of(status, FakeElegooCredits.SUCCESS_WITH_BALANCE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "", "[]", "{\"code\":0,\"data\":null,\"msg\":\"ok\"}",
            "{\"code\":\"0\",\"data\":null,\"msg\":\"ok\",\"traceId\":\"t\"}",
            "{\"code\":0.5,\"data\":null,\"msg\":\"ok\",\"traceId\":\"t\"}", "{\"data\":{},\"msg\":\"ok\",\"traceId\":\"t\"}"})
    void givenUnreadableReceipt_charge_isUnavailableForInvalidResponse(String body) {
        assertEquals(new ChargeOutcome.Unavailable(CreditFailure.INVALID_RESPONSE), charge(Answer.of(200, body)));
    }

    @Test
    void givenAPeerThatDoesNotSpeakHttp_charge_isUnavailableForRequestFailed() {
        try (FakeElegooCredits.RawPeer peer = FakeElegooCredits.RawPeer.notHttp()) {
            ElegooCreditLedger ledger = ledger(peer.baseUrl(), "s3cret");

            ChargeOutcome outcome = ledger.charge(CHARGE);

            ledger.close();
            assertEquals(new ChargeOutcome.Unavailable(CreditFailure.REQUEST_FAILED), outcome);
        }
    }

    @ParameterizedTest(name = "reset: {0}")
    @ValueSource(booleans = {false, true})
    void givenAServerThatClosesTheConnectionWithoutAnswering_charge_isUnavailableForConnection(boolean reset) {
        try (FakeElegooCredits.RawPeer peer = FakeElegooCredits.RawPeer.hangingUp(reset)) {
            ElegooCreditLedger ledger = ledger(peer.baseUrl(), "s3cret");

            ChargeOutcome outcome = ledger.charge(CHARGE);

            ledger.close();
            assertEquals(new ChargeOutcome.Unavailable(CreditFailure.CONNECTION_ERROR_OR_TIMEOUT), outcome);
        }
    }
}
