package dev.slicewise.adapter.llm.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * A stand-in for an OpenAI-compatible chat-completions endpoint ({@code POST /v1/chat/completions}) on 127.0.0.1,
 * speaking the real wire format: a JSON completion, or a stream of {@code data: {chunk}} server-sent events ending
 * with {@code data: [DONE]}, including tool calls whose arguments arrive in pieces. Answers are scripted one per
 * request (then the default answer), with every fault a test needs: statuses with headers, delays, garbage. It
 * keeps every request it received. Depends on the JDK only, so that it also runs as a script for the benchmark:
 * {@code java FakeOpenAi.java [port] [delay-ms]} answers every request with a short text after the delay.
 */
public final class FakeOpenAi implements AutoCloseable {

    public static final String PATH = "/v1/chat/completions";

    /** One answer: a status, headers, a body sent at once or as events (a pause before each), after a delay. */
    public record Answer(int status, Map<String, String> headers, List<String> events, String body, Duration delay,
                         Duration pace) {

        public static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), List.of(), body, Duration.ZERO,
                    Duration.ZERO);
        }

        /** Server-sent events: each element one {@code data:} line's JSON; {@code [DONE]} is added. */
        public static Answer events(List<String> chunks) {
            return new Answer(200, Map.of("Content-Type", "text/event-stream"), List.copyOf(chunks), "", Duration.ZERO,
                    Duration.ZERO);
        }

        public static Answer status(int status, String body, Map<String, String> headers) {
            Map<String, String> all = new TreeMap<>(headers);
            all.put("Content-Type", "application/json");
            return new Answer(status, all, List.of(), body, Duration.ZERO, Duration.ZERO);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, events, body, wait, pace);
        }

        /** The events one by one, this long apart, like a model that writes slowly. */
        public Answer paced(Duration between) {
            return new Answer(status, headers, events, body, delay, between);
        }
    }

    /** One request as received; header names in lower case. */
    public record Received(String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> eventsBeforeHangUp = new CopyOnWriteArrayList<>();
    private volatile Answer otherwise = Answer.json(completion("Hello from the fake model.", List.of(), 12, 5));

    private FakeOpenAi(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAi start() {
        return start(0);
    }

    static FakeOpenAi start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
            FakeOpenAi fake = new FakeOpenAi(server);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For the benchmarks: {@code java FakeOpenAi.java [port] [delay-ms] [pieces] [pace-ms]}. Without pieces, every
     * request gets a whole answer after the delay; with them, a streamed answer of that many text pieces, the first
     * after the delay plus one pace, the next ones a pace apart.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18098;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        int pieces = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Duration pace = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 0);
        FakeOpenAi fake = start(port);
        if (pieces == 0) {
            fake.otherwise(Answer.json(completion("A benchmark answer.", List.of(), 800, 20)).after(delay));
            System.out.println("Fake OpenAI-compatible API at " + fake.baseUrl() + PATH + ", answering after " + delay);
        } else {
            List<String> text = IntStream.range(0, pieces).mapToObj(i -> "word" + i + " ").toList();
            fake.otherwise(Answer.events(streamedText(text, 800, pieces)).after(delay).paced(pace));
            System.out.println("Fake OpenAI-compatible API at " + fake.baseUrl() + PATH + ", streaming " + pieces
                    + " pieces " + pace + " apart after " + delay);
        }
        Thread.currentThread().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests get these answers, in order; then the default one. */
    public FakeOpenAi then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    public FakeOpenAi otherwise(Answer answer) {
        this.otherwise = answer;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** For each answer whose client hung up before it was finished: how many of its events had been sent. */
    public List<Integer> hangUps() {
        return List.copyOf(eventsBeforeHangUp);
    }

    public void forget() {
        received.clear();
        script.clear();
    }

    /** A chat completion with text (may be null), tool calls (from {@link #toolCall}) and usage. */
    public static String completion(String text, List<String> toolCalls, int promptTokens, int completionTokens) {
        String content = text == null ? "null" : quote(text);
        String calls = toolCalls.isEmpty() ? "" : ",\"tool_calls\":[" + String.join(",", toolCalls) + "]";
        return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"created\":1763900000,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + content + calls
                + "},\"finish_reason\":\"" + (toolCalls.isEmpty() ? "stop" : "tool_calls") + "\"}],"
                + "\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":" + completionTokens
                + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}";
    }

    /** A tool call of a completion message: {@code arguments} is the raw JSON text the model wrote. */
    public static String toolCall(String id, String name, String arguments) {
        return "{\"id\":\"" + id + "\",\"type\":\"function\",\"function\":{\"name\":\"" + name + "\",\"arguments\":"
                + quote(arguments) + "}}";
    }

    /** The chunks of a streamed completion: the text in pieces, then usage (as with include_usage). */
    public static List<String> streamedText(List<String> pieces, int promptTokens, int completionTokens) {
        List<String> chunks = new ArrayList<>();
        chunks.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        pieces.forEach(piece -> chunks.add(chunk("{\"content\":" + quote(piece) + "}", null)));
        chunks.add(chunk("{}", "stop"));
        chunks.add(usageChunk(promptTokens, completionTokens));
        return chunks;
    }

    /**
     * The chunks of a streamed tool call as OpenAI sends them: the first delta names the call, the next ones carry
     * the arguments in pieces.
     */
    public static List<String> streamedToolCall(String id, String name, List<String> argumentPieces,
                                                int promptTokens, int completionTokens) {
        List<String> chunks = new ArrayList<>();
        chunks.add(chunk("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"" + id
                + "\",\"type\":\"function\",\"function\":{\"name\":\"" + name + "\",\"arguments\":\"\"}}]}", null));
        argumentPieces.forEach(piece -> chunks.add(chunk("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
                + quote(piece) + "}}]}", null)));
        chunks.add(chunk("{}", "tool_calls"));
        chunks.add(usageChunk(promptTokens, completionTokens));
        return chunks;
    }

    private static String chunk(String delta, String finishReason) {
        return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1763900000,"
                + "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}";
    }

    private static String usageChunk(int promptTokens, int completionTokens) {
        return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1763900000,"
                + "\"model\":\"fake-model\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens
                + ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":"
                + (promptTokens + completionTokens) + "}}";
    }

    /** A JSON string literal of the text. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            Answer answer = script.poll();
            if (answer == null) {
                answer = otherwise;
            }
            Thread.sleep(answer.delay());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (answer.events().isEmpty()) {
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), 0);
            OutputStream out = exchange.getResponseBody();
            int sent = 0;
            try {
                for (String event : answer.events()) {
                    Thread.sleep(answer.pace());
                    out.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sent++;
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException hungUp) {
                eventsBeforeHangUp.add(sent);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client hung up first (its timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
