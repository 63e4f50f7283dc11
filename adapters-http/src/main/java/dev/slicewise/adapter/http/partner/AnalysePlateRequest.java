package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.adapter.http.SlicingFields;
import dev.slicewise.application.port.in.AnalysePlateCommand;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST plate_analysis/} into a command, or fails with the field at fault. What the images
 * hold is checked by the use case, so that the answer keeps the endpoint's message shape; {@code messages} and the
 * deprecated {@code language} are accepted and not used.
 */
final class AnalysePlateRequest {

    private AnalysePlateRequest() {
    }

    static AnalysePlateCommand read(JsonNode body, Language language) {
        return new AnalysePlateCommand(SendChatMessageRequest.chatId(body), images(body),
                SlicingFields.plates(body), language);
    }

    private static List<String> images(JsonNode body) {
        List<JsonNode> images = JsonFields.array(body, "images", "images");
        List<String> read = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            if (!images.get(i).isString()) {
                throw new InvalidRequest("field.string", "images[" + i + "]");
            }
            read.add(images.get(i).getStringValue());
        }
        return read;
    }
}
