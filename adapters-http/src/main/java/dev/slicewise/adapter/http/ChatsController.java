package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.CreateChatCommand;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.core.annotation.Nullable;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET chats/} lists the user's chats, newest first; {@code POST chats/} creates one. */
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

    @Get(value = "/chats", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        Language language = Requests.language(request);
        PresentedCredentials presented = PresentedCredentials.read(Optional.empty(), request.getParameters());
        return Requests.withCredentials(presented, users, language, credentials -> switch (listChats.list(credentials)) {
                    case Authenticated.Accepted<List<Chat>> accepted ->
                            HttpResponse.ok(JsonNode.createArrayNode(Wire.chats(accepted.value())));
                    case Authenticated.Rejected<List<Chat>> rejected ->
                            Requests.error(HttpStatus.UNAUTHORIZED, language, "auth.invalid");
                });
    }

    @Post(value = "/chats", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Language language = Requests.language(request);
        JsonNode object;
        try {
            object = Requests.jsonObject(json, body);
        } catch (InvalidRequest invalid) {
            return Requests.badRequest(language, invalid);
        }
        PresentedCredentials presented = PresentedCredentials.read(Optional.of(object), request.getParameters());
        return Requests.withCredentials(presented, users, language,
                credentials -> switch (CreateChatRequest.read(object, json, language)) {
                    case CreateChatRequest.Result.FieldErrors invalid -> fieldErrors(invalid.errors());
                    case CreateChatRequest.Result.Read read ->
                            switch (createChat.create(new CreateChatCommand(credentials, read.details()))) {
                                case Authenticated.Accepted<Chat> accepted ->
                                        HttpResponse.<JsonNode>status(HttpStatus.CREATED).body(Wire.chat(accepted.value()));
                                case Authenticated.Rejected<Chat> rejected ->
                                        Requests.error(HttpStatus.UNAUTHORIZED, language, "auth.invalid");
                            };
                });
    }

    private static HttpResponse<JsonNode> fieldErrors(Map<String, List<String>> errors) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        errors.forEach((field, messages) -> body.put(field,
                JsonNode.createArrayNode(messages.stream().map(JsonNode::createStringNode).toList())));
        return HttpResponse.<JsonNode>status(HttpStatus.BAD_REQUEST).body(JsonNode.createObjectNode(body));
    }
}
