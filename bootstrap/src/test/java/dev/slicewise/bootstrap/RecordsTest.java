package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.plate.PlateRenders;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's records over HTTP on H2: turns of both APIs and plate analyses in one list with their feedback, the
 * export read back by real readers (POI's XSSF and Commons CSV) cell by cell, usage summing to the records, and every
 * bad input answered 400 in the native API's shape (401 without the partner token).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsTest {

    private static final String OPERATOR = "Token " + TestServer.PARTNER_TOKEN;
    private static final String PARTNER_USER = "\"elegoo_user_id\":\"lin\",\"access_token\":\"lin-token\"";
    private static final List<String> HEADER = List.of("id", "created_at", "api", "user", "session_id",
            "user_message", "bot_message", "intent", "source", "model_used", "tokens_used", "credits", "latency_ms",
            "language", "feedback_rating", "feedback_content");

    private final HttpClient http = HttpClient.newHttpClient();
    private TestServer server;
    private JsonMapper json;
    private String period;

    @BeforeAll
    void startAndAnswer() {
        Map<String, Object> properties = new HashMap<>(TestServer.h2("records"));
        properties.put("slicewise.credits.initial-grant", 100);
        server = TestServer.start(properties);
        json = server.bean(JsonMapper.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        period = "start_date=" + today.minusDays(1) + "&end_date=" + today.plusDays(1);

        server.register("lin", "lin-token", 3600);
        JsonNode chat = read(server.post(TestServer.API + "chats/", "{" + PARTNER_USER + ",\"messages\":\"[]\","
                + "\"user_feedback\":\"like\",\"user_feedback_text\":\"很有帮助\"}").body());
        assertEquals(200, server.post(TestServer.API + "chats/messages/?lang=zh-CN", "{" + PARTNER_USER
                + ",\"chat_id\":" + chat.get("id").getLongValue() + ",\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"你好，你能帮我做什么？\"}]}").status());
        assertEquals(201, server.post(TestServer.API + "plate_analysis/", "{" + PARTNER_USER + ",\"images\":"
                + PlateRenders.Shape.MUSHROOM.jpegDataUris().stream().map(uri -> "\"" + uri + "\"")
                .collect(Collectors.joining(",", "[", "]")) + ",\"plates\":" + Fixtures.plates() + "}").status());

        String key = read(server.post("/api/v1/api_keys", "{\"name\":\"records\"}", "Authorization", OPERATOR)
                .body()).get("key").getStringValue();
        JsonNode formula = read(server.post("/api/v1/chat", "{\"message\":\"=HYPERLINK(\\\"http://x\\\") what is "
                + "this, \\\"really\\\"?\",\"user\":\"maker-1\"}", "Authorization", "Bearer " + key).body());
        assertEquals(200, server.post("/api/v1/messages/" + formula.get("id").getStringValue() + "/feedback",
                "{\"rating\":\"dislike\",\"content\":\"-not what I asked\"}", "Authorization", "Bearer " + key)
                .status());
        assertEquals(200, server.post("/v1/chat/completions", "{\"model\":\"slicewise\",\"messages\":[{\"role\":"
                + "\"user\",\"content\":\"+1 what is PETG?\"}]}", "Authorization", "Bearer " + key).status());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void records_showTheTurnsOfBothApisAndThePlateAnalysis_newestFirst_withTheirFeedback() {
        TestServer.Response answer = server.get("/api/v1/records?" + period, "Authorization", OPERATOR);

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = read(answer.body());
        assertEquals(4, body.get("count").getIntValue(), answer.body());
        assertEquals(1, body.get("page").getIntValue());
        assertEquals(50, body.get("page_size").getIntValue());
        List<JsonNode> rows = rows(body);
        assertEquals(List.of("+1 what is PETG?", "=HYPERLINK(\"http://x\") what is this, \"really\"?", "",
                "你好，你能帮我做什么？"), rows.stream().map(row -> row.get("user_message").getStringValue()).toList());
        JsonNode openAi = rows.get(0);
        JsonNode nativeTurn = rows.get(1);
        JsonNode plate = rows.get(2);
        JsonNode partner = rows.get(3);
        assertEquals(List.of("native", "native", "partner", "partner"),
                rows.stream().map(row -> row.get("api").getStringValue()).toList());
        assertTrue(openAi.get("session_id").isNull() && openAi.get("user").isNull(), openAi.toString());
        assertEquals("maker-1", nativeTurn.get("user").getStringValue());
        assertTrue(nativeTurn.get("session_id").getStringValue().startsWith("ses_"), nativeTurn.toString());
        assertEquals("dislike", nativeTurn.get("feedback").get("rating").getStringValue());
        assertEquals("-not what I asked", nativeTurn.get("feedback").get("content").getStringValue());
        assertEquals("plate_analysis", plate.get("intent").getStringValue());
        assertEquals("lin", plate.get("user").getStringValue());
        assertTrue(plate.get("bot_message").getStringValue().contains("figurine"), plate.toString());
        assertEquals("lin", partner.get("user").getStringValue());
        assertEquals("zh-CN", partner.get("language").getStringValue());
        assertEquals("like", partner.get("feedback").get("rating").getStringValue());
        assertEquals("很有帮助", partner.get("feedback").get("content").getStringValue());
        assertEquals("intent_model", partner.get("source").getStringValue());
        assertEquals("embedded", partner.get("model_used").getStringValue());
        assertTrue(partner.get("bot_message").getStringValue().length() > 10, partner.toString());
    }

    @Test
    void records_filterByTextIgnoringCase_andPage() {
        assertEquals(List.of("=HYPERLINK(\"http://x\") what is this, \"really\"?"), userMessages(
                "&user_message=" + encoded("hyperLINK")));
        assertEquals(List.of("你好，你能帮我做什么？"), userMessages("&user_message=" + encoded("帮我")));
        assertEquals(List.of(""), userMessages("&bot_message=" + encoded("FIGURINE")));
        assertEquals(List.of("=HYPERLINK(\"http://x\") what is this, \"really\"?"),
                userMessages("&page=2&page_size=1"));
        JsonNode past = read(server.get("/api/v1/records?" + period + "&page=5&page_size=1", "Authorization",
                OPERATOR).body());
        assertEquals(4, past.get("count").getIntValue());
        assertEquals(0, past.get("results").size());
    }

    @Test
    void xlsxExport_readByPoi_holdsEveryRecordOldestFirst_cellForCell_typed_frozen_andFiltered() throws IOException {
        HttpResponse<byte[]> file = download("xlsx");

        assertEquals(200, file.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"records-" + period.substring(11, 21) + "-" + period.substring(31)
                + ".xlsx\"", file.headers().firstValue("Content-Disposition").orElseThrow());
        List<JsonNode> expected = rows(read(server.get("/api/v1/records?" + period, "Authorization", OPERATOR)
                .body())).reversed();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(expected.size(), sheet.getLastRowNum());
            assertEquals(HEADER, cells(sheet.getRow(0)).stream().map(Cell::getStringCellValue).toList());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0, "the header is bold");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "the columns have an auto-filter");
            assertEquals("A1:P" + (expected.size() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getColumnWidth(6) > sheet.getColumnWidth(2), "the answers' column is wider");
            for (int i = 0; i < expected.size(); i++) {
                List<Cell> cells = cells(sheet.getRow(i + 1));
                List<String> want = cellsOf(expected.get(i));
                for (int c = 0; c < HEADER.size(); c++) {
                    Cell cell = cells.get(c);
                    String where = HEADER.get(c) + " of row " + (i + 1);
                    switch (HEADER.get(c)) {
                        case "created_at" -> {
                            assertTrue(DateUtil.isCellDateFormatted(cell), where);
                            assertEquals(Instant.parse(want.get(c)).toEpochMilli(),
                                    cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC).toEpochMilli(), where);
                        }
                        case "tokens_used", "credits", "latency_ms" -> {
                            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                            assertEquals(Long.parseLong(want.get(c)), (long) cell.getNumericCellValue(), where);
                        }
                        default -> assertEquals(want.get(c), cell.getStringCellValue(), where);
                    }
                }
            }
        }
    }

    @Test
    void csvExport_readByCommonsCsv_holdsEveryRecordOldestFirst_fieldForField_inUtf8WithABom() throws IOException {
        HttpResponse<byte[]> file = download("csv");

        assertEquals(200, file.statusCode());
        assertEquals("text/csv; charset=utf-8", file.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".csv\""));
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.body(), 3));
        String text = new String(file.body(), 3, file.body().length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n") && text.indexOf("\r\n") == text.indexOf('\n') - 1, "lines end in CRLF");
        List<JsonNode> expected = rows(read(server.get("/api/v1/records?" + period, "Authorization", OPERATOR)
                .body())).reversed();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(
                StandardCharsets.UTF_8)), StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            List<CSVRecord> lines = parser.getRecords();
            assertEquals(expected.size() + 1, lines.size());
            assertEquals(HEADER, lines.getFirst().toList());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(cellsOf(expected.get(i)), lines.get(i + 1).toList(), "row " + (i + 1));
            }
        }
    }

    @Test
    void usage_byEveryGroup_sumsToTheRecords() {
        List<JsonNode> records = rows(read(server.get("/api/v1/records?" + period, "Authorization", OPERATOR)
                .body()));
        long tokens = records.stream().mapToLong(row -> row.get("tokens_used").getLongValue()).sum();
        long credits = records.stream().mapToLong(row -> row.get("credits").getLongValue()).sum();

        for (String group : List.of("day", "key", "user", "model")) {
            TestServer.Response answer = server.get("/api/v1/usage?" + period + "&group_by=" + group,
                    "Authorization", OPERATOR);
            assertEquals(200, answer.status(), answer.body());
            JsonNode body = read(answer.body());
            List<JsonNode> data = new ArrayList<>();
            body.get("data").values().forEach(data::add);
            assertEquals(records.size(), data.stream().mapToLong(g -> g.get("messages").getLongValue()).sum(), group);
            assertEquals(tokens, data.stream().mapToLong(g -> g.get("total_tokens").getLongValue()).sum(), group);
            assertEquals(credits, data.stream().mapToLong(g -> g.get("credits").getLongValue()).sum(), group);
            assertEquals(records.size(), body.get("total").get("messages").getLongValue(), group);
            assertEquals(credits, body.get("total").get("credits").getLongValue(), group);
        }
        JsonNode byUser = read(server.get("/api/v1/usage?" + period + "&group_by=user", "Authorization", OPERATOR)
                .body());
        assertEquals("lin", byUser.get("data").get(0).get("group").getStringValue());
        assertEquals(2, byUser.get("data").get(0).get("messages").getLongValue());
        assertEquals("day", read(server.get("/api/v1/usage?" + period, "Authorization", OPERATOR).body())
                .get("group_by").getStringValue());
    }

    @Test
    void badInputs_are400InTheNativeShape_andNoPartnerToken_is401() {
        String range = "&end_date=2026-01-31";
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("/api/v1/records?end_date=2026-01-31", "'start_date' is required, as YYYY-MM-DD.");
        bad.put("/api/v1/records?start_date=2026-01-01", "'end_date' is required, as YYYY-MM-DD.");
        bad.put("/api/v1/records?start_date=2026-1-1" + range, "'start_date' must be a date as YYYY-MM-DD.");
        bad.put("/api/v1/records?start_date=2026-02-30" + range, "'start_date' must be a date as YYYY-MM-DD.");
        bad.put("/api/v1/records?start_date=01/01/2026" + range, "'start_date' must be a date as YYYY-MM-DD.");
        bad.put("/api/v1/records?start_date=2026-02-01" + range, "'start_date' must not be after 'end_date'.");
        bad.put("/api/v1/records?start_date=2025-01-30" + range, "The period may cover at most 366 days.");
        bad.put("/api/v1/records?start_date=2026-01-01" + range + "&page=0", "'page' must be an integer of 1 or more.");
        bad.put("/api/v1/records?start_date=2026-01-01" + range + "&page=x", "'page' must be an integer of 1 or more.");
        bad.put("/api/v1/records?start_date=2026-01-01" + range + "&page_size=0",
                "'page_size' must be an integer from 1 to 100.");
        bad.put("/api/v1/records?start_date=2026-01-01" + range + "&page_size=101",
                "'page_size' must be an integer from 1 to 100.");
        bad.put("/api/v1/records?start_date=2026-01-01" + range + "&user_message=" + "x".repeat(1001),
                "'user_message' and 'bot_message' may have at most 1000 characters.");
        bad.put("/api/v1/records/export?format=pdf&start_date=2026-01-01" + range, "'format' must be xlsx or csv.");
        bad.put("/api/v1/records/export?start_date=2026-01-01" + range, "'format' must be xlsx or csv.");
        bad.put("/api/v1/records/export?format=csv&start_date=2026-02-01" + range,
                "'start_date' must not be after 'end_date'.");
        bad.put("/api/v1/records/export?format=xlsx&end_date=2026-01-31", "'start_date' is required, as YYYY-MM-DD.");
        bad.put("/api/v1/usage?start_date=2026-01-01" + range + "&group_by=week",
                "'group_by' must be day, key, user or model.");
        bad.put("/api/v1/usage?start_date=2024-12-31&end_date=2026-01-01", "The period may cover at most 366 days.");
        bad.put("/api/v1/usage?end_date=2026-01-01", "'start_date' is required, as YYYY-MM-DD.");

        bad.forEach((path, message) -> {
            TestServer.Response answer = server.get(path, "Authorization", OPERATOR);
            assertEquals(new TestServer.Response(400, "{\"error\":{\"code\":\"invalid_request\",\"message\":\""
                    + message + "\"}}"), answer, path);
        });
        assertEquals(200, server.get("/api/v1/records?start_date=2024-01-01&end_date=2024-12-31", "Authorization",
                OPERATOR).status(), "a leap year's 366 days are one period");
        for (String path : List.of("/api/v1/records?" + period, "/api/v1/records/export?format=csv&" + period,
                "/api/v1/usage?" + period, "/api/v1/records?start_date=nonsense")) {
            for (String[] credentials : List.of(new String[0], new String[]{"Authorization", "Token wrong"})) {
                TestServer.Response answer = server.get(path, credentials);
                assertEquals(401, answer.status(), path);
                assertEquals("unauthorized", read(answer.body()).get("error").get("code").getStringValue(), path);
            }
        }
    }

    /** The cells a record's row holds in either file, as text: formulas neutralised, feedback in two columns. */
    private static List<String> cellsOf(JsonNode row) {
        JsonNode feedback = row.get("feedback");
        List<String> cells = new ArrayList<>();
        for (String name : HEADER) {
            String value = switch (name) {
                case "feedback_rating" -> feedback.isNull() ? "" : text(feedback.get("rating"));
                case "feedback_content" -> feedback.isNull() ? "" : text(feedback.get("content"));
                case "tokens_used", "credits", "latency_ms" -> String.valueOf(row.get(name).getLongValue());
                case "created_at" -> Instant.parse(row.get(name).getStringValue()).toString();
                default -> text(row.get(name));
            };
            boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                    && !name.equals("created_at");
            cells.add(formula ? "'" + value : value);
        }
        return cells;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "" : node.getStringValue();
    }

    private static List<Cell> cells(Row row) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.size(); c++) {
            cells.add(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
        }
        return cells;
    }

    private List<String> userMessages(String query) {
        TestServer.Response answer = server.get("/api/v1/records?" + period + query, "Authorization", OPERATOR);
        assertEquals(200, answer.status(), answer.body());
        return rows(read(answer.body())).stream().map(row -> row.get("user_message").getStringValue()).toList();
    }

    private HttpResponse<byte[]> download(String format) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                            + "/api/v1/records/export?format=" + format + "&" + period))
                    .header("Authorization", OPERATOR).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> rows(JsonNode body) {
        List<JsonNode> rows = new ArrayList<>();
        body.get("results").values().forEach(rows::add);
        return rows;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
