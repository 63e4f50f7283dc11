package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.openapi.PartnerErrorBody;
import dev.slicewise.adapter.http.openapi.PartnerExamples;
import dev.slicewise.adapter.http.openapi.PartnerUserCredentials;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.ChatCreation;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.http.openapi.OpenApiController.PARTNER_TAG;

/** {@code GET chats/} lists the user's chats, newest first, a page at a time; {@code POST chats/} creates one. */
@Controller("/ent/partners/api/elegoo")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatsController {

    private final AuthenticateUserUseCase users;
    private final ListChatsUseCase listChats;
    private final CreateChatUseCase createChat;
    private final JsonMapper json;

    public ChatsController(AuthenticateUserUseCase users, ListChatsUseCase listChats, CreateChatUseCase createChat,
                           JsonMapper json) {
        this.users = users;
        this.listChats = listChats;
        this.createChat = createChat;
        this.json = json;
    }

    /**
     * A page of the user's chats, newest first, as a plain array: without parameters the newest
     * {@value ChatPage#DEFAULT_LIMIT}; {@code limit} (1 to {@value ChatPage#MAX_LIMIT}) and {@code before_id} (the id
     * of the last chat of the previous page) for older ones.
     */
    @Operation(operationId = "partnerListChats", summary = "The user's chats, newest first, a page at a time",
            tags = PARTNER_TAG, description = "A plain array, as the reference server answers. The credentials go in "
                    + "the query string. A page shorter than `limit`, or empty, is the last.",
            parameters = {
                    @Parameter(name = "elegoo_user_id", in = ParameterIn.QUERY, required = true,
                            description = "The user, with `access_token`", example = "ELEGOO_USER_001",
                            schema = @Schema(type = "string", maxLength = 256)),
                    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "The size of a page",
                            example = "20", schema = @Schema(type = "integer", minimum = "1", maximum = "50",
                            defaultValue = "20")),
                    @Parameter(name = "before_id", in = ParameterIn.QUERY, description = "The `id` of the last chat "
                            + "of the page you have: the next older page", example = "41",
                            schema = @Schema(type = "integer", minimum = "1")),
                    @Parameter(name = "lang", in = ParameterIn.QUERY, description = PartnerUserCredentials.LANG,
                            example = "en", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "A page of chats",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "array"),
                    examples = @ExampleObject(name = "one-chat", value = PartnerExamples.CHATS)))
    @ApiResponse(responseCode = "400", description = "`limit` or `before_id` out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerErrorBody.class),
                    examples = @ExampleObject(name = "limit", value = PartnerExamples.CHATS_LIMIT)))
    @PartnerUserCredentials
    @Get(value = "/chats", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        Language language = Errors.language(request);
        PresentedCredentials presented = PresentedCredentials.read(Optional.empty(), request.getParameters());
        return Requests.withCredentials(presented, users, language, user -> {
            ChatPage page;
            try {
                page = page(request.getParameters());
            } catch (InvalidRequest invalid) {
                return Errors.badRequest(language, invalid);
            }
            return HttpResponse.ok(JsonNode.createArrayNode(Wire.chats(listChats.list(user, page))));
        });
    }

    /**
     * Creates a chat: 201 with it; 400 with the reference server's field errors, or under {@code non_field_errors} for
     * a chat larger than {@code SLICEWISE_CHAT_MAX_BYTES}; 409 when the user has {@code SLICEWISE_CHATS_PER_USER}
     * chats already.
     */
    @Operation(operationId = "partnerCreateChat", summary = "Creates a chat", tags = PARTNER_TAG,
            description = """
                    `messages` (required) is a JSON-encoded string of an array of `{role, content}`; optional \
                    `machine_name`, `filament_name`, `print_process_name`, `slicing_settings_json` (a JSON-encoded \
                    string), `user_feedback` (at most 16 characters, e.g. `positive`), `user_feedback_text`. The chat \
                    is answered with its id twice, as `id` and `chat_id`, the name the flow page gives it; \
                    `chats/messages/` and `plate_analysis/` take it as `chat_id`. Field errors keep the reference \
                    server's (Django REST framework) shape and wording.""",
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = PartnerUserCredentials.LANG,
                            example = "en", schema = @Schema(type = "string")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = {"elegoo_user_id", "access_token",
                            "messages"}),
                    examples = @ExampleObject(name = "empty", value = PartnerExamples.CHAT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The chat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "created", value = PartnerExamples.CHAT)))
    @ApiResponse(responseCode = "400", description = "Field errors; `non_field_errors` for a chat over "
            + "SLICEWISE_CHAT_MAX_BYTES in all its text fields; `{\"error\": \"...\"}` for a body that is not JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "required", value = PartnerExamples.CHAT_FIELD_REQUIRED),
                            @ExampleObject(name = "too-large", value = PartnerExamples.CHAT_TOO_LARGE),
                            @ExampleObject(name = "not-json", value = PartnerExamples.NOT_JSON)}))
    @ApiResponse(responseCode = "409", description = "The user keeps SLICEWISE_CHATS_PER_USER chats already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerErrorBody.class),
                    examples = @ExampleObject(name = "too-many", value = PartnerExamples.CHATS_TOO_MANY)))
    @PartnerUserCredentials
    @Post(value = "/chats", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        Language language = Errors.language(request);
        JsonNode object;
        try {
            object = Requests.jsonObject(json, body);
        } catch (InvalidRequest invalid) {
            return Errors.badRequest(language, invalid);
        }
        PresentedCredentials presented = PresentedCredentials.read(Optional.of(object), request.getParameters());
        return Requests.withCredentials(presented, users, language,
                user -> switch (CreateChatRequest.read(object, json, language)) {
                    case CreateChatRequest.Result.FieldErrors invalid -> fieldErrors(invalid.errors());
                    case CreateChatRequest.Result.Read read -> created(createChat.create(user, read.details()), language);
                });
    }

    private static HttpResponse<JsonNode> created(ChatCreation creation, Language language) {
        return switch (creation) {
            case ChatCreation.Created created ->
                    HttpResponse.<JsonNode>status(HttpStatus.CREATED).body(Wire.chat(created.chat()));
            case ChatCreation.TooLarge tooLarge -> fieldErrors(Map.of("non_field_errors", List.of(ErrorMessages.get(
                    language, "chat.too_large", String.valueOf(tooLarge.maxChatBytes())))));
            case ChatCreation.TooMany tooMany -> Errors.error(HttpStatus.CONFLICT, language, "chats.too_many",
                    String.valueOf(tooMany.maxChatsPerUser()));
        };
    }

    private static ChatPage page(HttpParameters query) {
        String limit = Optional.ofNullable(query.get("limit")).map(String::strip)
                .orElse(String.valueOf(ChatPage.DEFAULT_LIMIT));
        if (!limit.matches("\\d{1,9}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > ChatPage.MAX_LIMIT) {
            throw new InvalidRequest("chats.limit", String.valueOf(ChatPage.MAX_LIMIT));
        }
        Optional<String> before = Optional.ofNullable(query.get("before_id")).map(String::strip);
        if (before.isPresent() && !before.get().matches("0*[1-9]\\d{0,17}")) {
            throw new InvalidRequest("chats.before_id");
        }
        return new ChatPage(Integer.parseInt(limit), before.map(id -> new ChatId(Long.parseLong(id))));
    }

    private static HttpResponse<JsonNode> fieldErrors(Map<String, List<String>> errors) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        errors.forEach((field, messages) -> body.put(field,
                JsonNode.createArrayNode(messages.stream().map(JsonNode::createStringNode).toList())));
        return HttpResponse.<JsonNode>status(HttpStatus.BAD_REQUEST).body(JsonNode.createObjectNode(body));
    }
}
