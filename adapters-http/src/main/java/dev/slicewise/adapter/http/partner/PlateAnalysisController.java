package dev.slicewise.adapter.http.partner;import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.PlateRefusals;
import dev.slicewise.application.port.in.AnalysePlateCommand;
import dev.slicewise.application.port.in.AnalysePlateUseCase;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.PlateAnalysisOutcome;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code POST plate_analysis/}: views of the plate in, a printing strategy out. The body is read first (400), then the
 * credentials are checked (401), then the fields and the idempotency key (400 {@code {"error"}}); the use case checks
 * the plates and images (400 in the message shape, as the reference server answers them), analyses and
 * charges, once per key as {@code chats/messages/} does (ADR 0005); an analyser without room for the views in time
 * answers 503 with {@code Retry-After}. Runs on a virtual thread: decoding and measuring the views takes tens of
 * milliseconds of CPU.
 */
@Controller("/ent/partners/api/elegoo")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlateAnalysisController {


    private final AnalysePlateUseCase analysePlate;
    private final IdempotentAnswers answers;
    private final Wire wire;

    public PlateAnalysisController(AuthenticateUserUseCase users, AnalysePlateUseCase analysePlate,
                                   RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.analysePlate = analysePlate;
        this.answers = new IdempotentAnswers(users, runIdempotently, json);
        this.wire = new Wire(json);
    }

    @Post(value = "/plate_analysis", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> analyse(HttpRequest<?> request, @Nullable @Body byte[] body) {
        return answers.answer(request, body, HttpStatus.CREATED, AnalysePlateRequest::read,
                AnalysePlateCommand::chatId, (user, command, requestId, language) ->
                        answer(analysePlate.analyse(user, command, requestId), language));
    }

    private HttpResponse<JsonNode> answer(PlateAnalysisOutcome outcome, Language language) {
        return switch (outcome) {
            case PlateAnalysisOutcome.Analysed analysed ->
                    wire.paid(analysed.analysis(), HttpStatus.CREATED, wire::plateAnalysis, language);
            case PlateAnalysisOutcome.Refused refused -> HttpResponse.<JsonNode>status(HttpStatus.BAD_REQUEST)
                    .body(Wire.assistantMessage(PlateRefusals.sentence(refused.refusal(), language)));
            case PlateAnalysisOutcome.Busy busy -> Errors.unavailable(language, "plate_analysis.busy");
            case PlateAnalysisOutcome.UnknownChat unknown ->
                    Errors.error(HttpStatus.BAD_REQUEST, language, "chat_id.unknown");
        };
    }

    /** The translated explanation; {0} is the image's position (from 1), {1} the limit it passed. */
}
