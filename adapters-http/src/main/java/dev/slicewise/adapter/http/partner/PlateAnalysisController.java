package dev.slicewise.adapter.http.partner;

import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.PlateRefusals;
import dev.slicewise.adapter.http.openapi.PartnerCharged;
import dev.slicewise.adapter.http.openapi.PartnerErrorBody;
import dev.slicewise.adapter.http.openapi.PartnerExamples;
import dev.slicewise.adapter.http.openapi.PartnerUserCredentials;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import static dev.slicewise.adapter.http.openapi.OpenApiController.PARTNER_TAG;

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

    @Operation(operationId = "partnerAnalysePlate", summary = "A printing strategy from views of the plate",
            tags = PARTNER_TAG, description = """
                    `images`: data URIs of JPEG or PNG views of the plate with the models on it (the reference client \
                    sends four 512x512 renders; 1 to 8 views, each at most 5 MB and 4096x4096 pixels); `plates`: at \
                    least one model object, with the bounding box when known; `chat_id`, `messages` optional, for \
                    context. The answer is a short analysis ending with a question (`content`) and the support, brim \
                    or raft to use (`suggested_printing_method`), charged like a message and once per idempotency \
                    key. The embedded analysis measures the views itself; with SLICEWISE_VISION_MODEL in `llm` mode a \
                    vision model looks at them first. The image of the example is shortened: a real view is a few \
                    tens of kilobytes.""",
            parameters = {
                    @Parameter(name = "lang", in = ParameterIn.QUERY, description = PartnerUserCredentials.LANG,
                            example = "en", schema = @Schema(type = "string")),
                    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                            description = PartnerCharged.IDEMPOTENCY_KEY, example = "cube-plate-1",
                            schema = @Schema(type = "string", minLength = 1, maxLength = 255))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = {"elegoo_user_id", "access_token",
                            "images", "plates"}),
                    examples = @ExampleObject(name = "cube", summary = "One view of a 30 mm cube",
                            value = PartnerExamples.PLATE_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The analysis, charged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "cube", value = PartnerExamples.PLATE_ANALYSIS)))
    @ApiResponse(responseCode = "400", description = "No plate, model or image, too many images, an image that is "
            + "not a JPEG or PNG data URI, too large or broken: in the message shape, as the reference server answers "
            + "them, nothing charged. Not JSON, a field of the wrong type, an unknown `chat_id`, an Idempotency-Key "
            + "reused with another body: `{\"error\": \"...\"}`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "no-model", value = PartnerExamples.PLATE_NO_MODEL),
                            @ExampleObject(name = "too-many-images", value = PartnerExamples.PLATE_TOO_MANY_IMAGES),
                            @ExampleObject(name = "unknown-chat", value = PartnerExamples.CHAT_ID_UNKNOWN)}))
    @ApiResponse(responseCode = "503", description = "The analyses' pixel budget had no room for these views within "
            + "SLICEWISE_PLATE_PIXEL_WAIT_MS, or the database could not be reached; nothing was charged, a retry after "
            + "Retry-After answers normally.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerErrorBody.class), examples = {
                            @ExampleObject(name = "busy", value = PartnerExamples.PLATE_BUSY),
                            @ExampleObject(name = "database", value = PartnerExamples.DATABASE_DOWN)}))
    @PartnerUserCredentials
    @PartnerCharged
    @Post(value = "/plate_analysis", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> analyse(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
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
