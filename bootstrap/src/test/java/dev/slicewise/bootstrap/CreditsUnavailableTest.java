package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way the credits system can fail becomes the partner API's exact 502 body, and the reply is withheld. */
class CreditsUnavailableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CONNECTION_ERROR_OR_TIMEOUT | Elegoo API connection error or timeout",
            "SERVER_ERROR                | Elegoo API server returns 5XX",
            "UNEXPECTED_HTTP_ERROR       | Elegoo API returns unexpected HTTP error",
            "INVALID_RESPONSE            | Error in calling Elegoo credits API",
            "REQUEST_FAILED              | Elegoo API request failed"})
    void creditsFailure_answers502WithoutCreditResp(CreditFailure failure, String error) {
        try (TestServer server = TestServer.inMemory(Map.of("test.credit-failure", failure.name()))) {
            server.register("kim", "kim-token", 3600);

            TestServer.Response response = server.post(API + "chats/messages/",
                    "{\"elegoo_user_id\":\"kim\",\"access_token\":\"kim-token\","
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"slice the model\"}]}");

            assertEquals(new TestServer.Response(502, "{\"code\":502,\"error\":\"" + error + "\"}"), response);
            assertTrue(server.bean(TurnRecordRepository.class).findByUser(new UserId("kim")).isEmpty());
        }
    }
}
