package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.PartnerTokens;
import dev.slicewise.adapter.http.StreamedBody;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.OperatorToken;
import dev.slicewise.adapter.http.openapi.RecordExamples;
import dev.slicewise.application.port.in.BrowseRecordsUseCase;
import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFeedback;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * The operator's records of both APIs ({@code GET /api/v1/records}, newest first, a page at a time), their export as
 * a file ({@code GET /api/v1/records/export}, oldest first, written while it is read) and the usage sums
 * ({@code GET /api/v1/usage}), authenticated by a partner token as {@code /api/v1/api_keys} is, before anything else
 * of the request is judged; every error is the native API's.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecordsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=utf-8";

    private static final String DATES = "Both dates are required, as YYYY-MM-DD, inclusive, in UTC; `start_date` must "
            + "not be after `end_date`, and the period covers at most 366 days (400 `invalid_request` otherwise).";
    private static final String TEXTS = " `user_message` and `bot_message` keep the records whose user message or "
            + "answer contains the text, ignoring case (at most 1,000 characters each).";

    private final BrowseRecordsUseCase records;
    private final PartnerTokens partnerTokens;

    public RecordsController(BrowseRecordsUseCase records, PartnerTokens partnerTokens) {
        this.records = records;
        this.partnerTokens = partnerTokens;
    }

    @Operation(operationId = "listRecords", summary = "The answered turns of both APIs, newest first",
            tags = NATIVE_TAG, description = """
                    One row per answered turn: partner turns (`api` `partner`), native messages and the OpenAI \
                    compatible door's turns (`api` `native`), and plate analyses of either API (`intent` \
                    `plate_analysis`). `user` is the partner's user or the end user a native caller named \
                    (`user` of the chat request, else null); `session_id` is the native session or the partner \
                    chat; `source` is `intent_model` when the embedded engine answered and `llm` when a provider \
                    did; `feedback` is the answer's (native) or the chat's (partner, which rates the chat), as it is \
                    now, or null. Newest first; `page` from 1 and `page_size` 1 to 100 (default 50), else 400; a \
                    page past the end is empty. Records kept before the records existed have empty texts.\
                    """ + " " + DATES + TEXTS,
            parameters = {
                    @Parameter(name = "start_date", in = ParameterIn.QUERY, required = true, example = "2026-01-01",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "end_date", in = ParameterIn.QUERY, required = true, example = "2026-01-31",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "user_message", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "bot_message", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer",
                            minimum = "1", defaultValue = "1")),
                    @Parameter(name = "page_size", in = ParameterIn.QUERY, schema = @Schema(type = "integer",
                            minimum = "1", maximum = "100", defaultValue = "50"))})
    @ApiResponse(responseCode = "200", description = "A page of records and the count of all the filters admit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "records", value = RecordExamples.RECORDS)))
    @ApiResponse(responseCode = "400", description = "A date missing, malformed, reversed or too far apart; a page "
            + "out of range", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NativeErrorBody.class), examples = {
                    @ExampleObject(name = "reversed", value = RecordExamples.START_AFTER_END),
                    @ExampleObject(name = "malformed", value = RecordExamples.BAD_DATE),
                    @ExampleObject(name = "too-long", value = RecordExamples.TOO_LONG)}))
    @OperatorToken
    @Get(value = "/records", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        return asOperator(request, () -> {
            RecordFilter filter = filter(request);
            PageRequest page = pageRequest(request);
            RecordPage found = records.page(filter, page);
            Map<String, JsonNode> body = new LinkedHashMap<>();
            body.put("count", JsonNode.createNumberNode(found.count()));
            body.put("page", JsonNode.createNumberNode(page.page()));
            body.put("page_size", JsonNode.createNumberNode(page.size()));
            body.put("results", JsonNode.createArrayNode(found.results().stream().map(RecordsController::json)
                    .toList()));
            return HttpResponse.ok(JsonNode.createObjectNode(body));
        });
    }

    @Operation(operationId = "exportRecords", summary = "The records as an xlsx or CSV file, oldest first",
            tags = NATIVE_TAG, description = """
                    The records the same filters admit, oldest first, as `format` asks: `xlsx` (one sheet, \
                    a bold frozen header row with an auto-filter, one typed column per field: the time as a date in \
                    UTC, numbers as numbers, the feedback as `feedback_rating` and `feedback_content`) or `csv` \
                    (RFC 4180, UTF-8 with a byte order mark, CRLF, the time as ISO 8601). Text that a spreadsheet \
                    would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) has a \
                    `'` before it. The file is written while the records are read, so memory stays flat for any \
                    number of rows; a sheet holds at most 1,048,575 records: a period with more is a 400 for \
                    `xlsx` (ask for `csv`, or a shorter period). A failure after the first bytes cuts the file.\
                    """ + " " + DATES + TEXTS,
            parameters = {
                    @Parameter(name = "format", in = ParameterIn.QUERY, required = true,
                            schema = @Schema(type = "string", allowableValues = {"xlsx", "csv"})),
                    @Parameter(name = "start_date", in = ParameterIn.QUERY, required = true, example = "2026-01-01",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "end_date", in = ParameterIn.QUERY, required = true, example = "2026-01-31",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "user_message", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "bot_message", in = ParameterIn.QUERY, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "The file, with Content-Disposition: attachment; "
            + "filename=\"records-2026-01-01-2026-01-31.xlsx\"", content = {
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A format other than xlsx or csv; a date missing, malformed, "
            + "reversed or too far apart", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NativeErrorBody.class), examples = {
                    @ExampleObject(name = "format", value = RecordExamples.BAD_FORMAT),
                    @ExampleObject(name = "reversed", value = RecordExamples.START_AFTER_END)}))
    @OperatorToken
    @Get(value = "/records/export", produces = {MediaType.APPLICATION_JSON, XLSX, "text/csv"})
    public HttpResponse<?> export(HttpRequest<?> request) {
        return asOperator(request, () -> {
            String format = NativeQuery.text(request, "format").filter(f -> f.equals("xlsx") || f.equals("csv"))
                    .orElseThrow(() -> NativeError.invalid("'format' must be xlsx or csv."));
            RecordFilter filter = filter(request);
            String filename = "records-" + filter.period().first() + "-" + filter.period().last() + "." + format;
            StreamedBody.Producer producer;
            if (format.equals("csv")) {
                producer = out -> {
                    try (CsvRecords csv = new CsvRecords(out)) {
                        records.export(filter, csv::write);
                    }
                };
            } else {
                long count = records.count(filter);
                if (count > XlsxRecords.MAX_RECORDS) {
                    throw NativeError.invalid("The period holds " + count + " records, more than an xlsx sheet's "
                            + XlsxRecords.MAX_RECORDS + ": ask for format=csv, or a shorter period.");
                }
                producer = out -> XlsxRecords.write(out, count, each -> records.export(filter, each));
            }
            return HttpResponse.ok(StreamedBody.of(producer))
                    .contentType(format.equals("csv") ? CSV : XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        });
    }

    @Operation(operationId = "usage", summary = "Messages, tokens, credits, fallbacks and errors by group",
            tags = NATIVE_TAG, description = """
                    The sums of the period's records (the same rows as `GET /api/v1/records`), by `group_by`: \
                    `day` (UTC, the default), `key` (the native key's id; partner turns form the group `null`), \
                    `user` (as the records name them; turns of no named user form the group `null`) or `model` \
                    (`embedded` for the embedded engine). `messages` counts answered turns and plate analyses; \
                    `credits` what they were charged; `fallbacks` the turns the embedded engine answered after a \
                    provider failed; `errors` the turns during which a provider call failed (answered by another \
                    provider or the embedded engine). A request that got no answer at all (a 503, a refused \
                    charge) is no record and is not counted. Groups in ascending order, `null` last; `total` sums \
                    them all.\
                    """ + " " + DATES,
            parameters = {
                    @Parameter(name = "start_date", in = ParameterIn.QUERY, required = true, example = "2026-01-01",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "end_date", in = ParameterIn.QUERY, required = true, example = "2026-01-31",
                            schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "group_by", in = ParameterIn.QUERY, schema = @Schema(type = "string",
                            allowableValues = {"day", "key", "user", "model"}, defaultValue = "day"))})
    @ApiResponse(responseCode = "200", description = "The sums by group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "by-model", value = RecordExamples.USAGE)))
    @ApiResponse(responseCode = "400", description = "A date missing, malformed, reversed or too far apart; an "
            + "unknown group_by", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NativeErrorBody.class),
            examples = @ExampleObject(name = "too-long", value = RecordExamples.TOO_LONG)))
    @OperatorToken
    @Get(value = "/usage", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> usage(HttpRequest<?> request) {
        return asOperator(request, () -> {
            RecordPeriod period = period(request);
            UsageGroup group = NativeQuery.text(request, "group_by").map(name -> UsageGroup.fromWire(name)
                            .orElseThrow(() -> NativeError.invalid("'group_by' must be day, key, user or model.")))
                    .orElse(UsageGroup.DAY);
            List<Usage> sums = records.usage(period, group);
            Map<String, JsonNode> body = new LinkedHashMap<>();
            body.put("start_date", JsonNode.createStringNode(period.first().toString()));
            body.put("end_date", JsonNode.createStringNode(period.last().toString()));
            body.put("group_by", JsonNode.createStringNode(group.wireName()));
            body.put("data", JsonNode.createArrayNode(sums.stream().map(usage -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                fields.put("group", usage.group().map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
                fields.putAll(sums(usage));
                return JsonNode.createObjectNode(fields);
            }).toList()));
            body.put("total", JsonNode.createObjectNode(sums(sums.stream().reduce(
                    new Usage(Optional.empty(), 0, 0, 0, 0, 0, 0), RecordsController::plus))));
            return HttpResponse.ok(JsonNode.createObjectNode(body));
        });
    }

    private MutableHttpResponse<?> asOperator(HttpRequest<?> request, Supplier<MutableHttpResponse<?>> action) {
        if (!partnerTokens.authenticates(request)) {
            return NativeError.unauthorized("Records and usage take a partner token: Authorization: Token <token>.")
                    .answer(request);
        }
        try {
            return action.get();
        } catch (NativeError error) {
            return error.answer(request);
        }
    }

    private static RecordFilter filter(HttpRequest<?> request) {
        RecordPeriod period = period(request);
        try {
            return new RecordFilter(period, NativeQuery.text(request, "user_message"),
                    NativeQuery.text(request, "bot_message"));
        } catch (IllegalArgumentException e) {
            throw NativeError.invalid("'user_message' and 'bot_message' may have at most "
                    + RecordFilter.MAX_TEXT_LENGTH + " characters.");
        }
    }

    private static RecordPeriod period(HttpRequest<?> request) {
        LocalDate first = date(request, "start_date");
        LocalDate last = date(request, "end_date");
        try {
            return new RecordPeriod(first, last);
        } catch (IllegalArgumentException e) {
            throw NativeError.invalid(e.getMessage());
        }
    }

    private static LocalDate date(HttpRequest<?> request, String name) {
        String given = NativeQuery.text(request, name)
                .orElseThrow(() -> NativeError.invalid("'" + name + "' is required, as YYYY-MM-DD."));
        if (!given.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw NativeError.invalid("'" + name + "' must be a date as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw NativeError.invalid("'" + name + "' must be a date as YYYY-MM-DD.");
        }
    }

    private static PageRequest pageRequest(HttpRequest<?> request) {
        int page = number(request, "page", 1, Integer.MAX_VALUE, "'page' must be an integer of 1 or more.");
        int size = number(request, "page_size", PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE,
                "'page_size' must be an integer from 1 to " + PageRequest.MAX_SIZE + ".");
        return new PageRequest(page, size);
    }

    private static int number(HttpRequest<?> request, String name, int byDefault, int max, String range) {
        Optional<String> given = NativeQuery.text(request, name);
        if (given.isEmpty()) {
            return byDefault;
        }
        if (!given.get().matches("\\d{1,10}") || Long.parseLong(given.get()) < 1 || Long.parseLong(given.get()) > max) {
            throw NativeError.invalid(range);
        }
        return Integer.parseInt(given.get());
    }

    private static JsonNode json(RecordRow row) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("id", JsonNode.createStringNode(row.id()));
        fields.put("created_at", NativeJson.timestamp(row.createdAt()));
        fields.put("api", JsonNode.createStringNode(row.api().wireName()));
        fields.put("user", optional(row.user()));
        fields.put("session_id", optional(row.sessionId()));
        fields.put("user_message", JsonNode.createStringNode(row.userMessage()));
        fields.put("bot_message", JsonNode.createStringNode(row.botMessage()));
        fields.put("intent", JsonNode.createStringNode(row.intent()));
        fields.put("source", JsonNode.createStringNode(row.source()));
        fields.put("model_used", JsonNode.createStringNode(row.modelUsed()));
        fields.put("tokens_used", JsonNode.createNumberNode(row.tokensUsed()));
        fields.put("credits", JsonNode.createNumberNode(row.credits()));
        fields.put("latency_ms", JsonNode.createNumberNode(row.latencyMs()));
        fields.put("language", JsonNode.createStringNode(row.language().tag()));
        fields.put("feedback", row.feedback().map(RecordsController::feedback).orElse(JsonNode.nullNode()));
        return JsonNode.createObjectNode(fields);
    }

    private static JsonNode feedback(RecordFeedback feedback) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("rating", optional(feedback.rating()));
        fields.put("content", optional(feedback.content()));
        return JsonNode.createObjectNode(fields);
    }

    private static JsonNode optional(Optional<String> text) {
        return text.map(JsonNode::createStringNode).orElse(JsonNode.nullNode());
    }

    private static Map<String, JsonNode> sums(Usage usage) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("messages", JsonNode.createNumberNode(usage.messages()));
        fields.put("prompt_tokens", JsonNode.createNumberNode(usage.promptTokens()));
        fields.put("completion_tokens", JsonNode.createNumberNode(usage.completionTokens()));
        fields.put("total_tokens", JsonNode.createNumberNode(usage.totalTokens()));
        fields.put("credits", JsonNode.createNumberNode(usage.credits()));
        fields.put("fallbacks", JsonNode.createNumberNode(usage.fallbacks()));
        fields.put("errors", JsonNode.createNumberNode(usage.errors()));
        return fields;
    }

    private static Usage plus(Usage one, Usage other) {
        return new Usage(Optional.empty(), one.messages() + other.messages(),
                one.promptTokens() + other.promptTokens(), one.completionTokens() + other.completionTokens(),
                one.credits() + other.credits(), one.fallbacks() + other.fallbacks(), one.errors() + other.errors());
    }
}
