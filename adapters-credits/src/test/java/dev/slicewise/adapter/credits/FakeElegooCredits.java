package dev.slicewise.adapter.credits;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Elegoo credits API on 127.0.0.1, speaking its wire format
 * ({@code {"code": 0, "data": ..., "msg": "...", "traceId": "..."}}), with every fault a test may need: refused
 * connections, answers slower than the caller's timeout, 5xx, 4xx, malformed bodies and the API's refusals. It
 * keeps every request it received.
 */
public final class FakeElegooCredits implements AutoCloseable {

    public static final String PATH = "/api/v1/credits/charge";
    public static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    public static final String SUCCESS_WITH_BALANCE =
            "{\"code\":0,\"data\":{\"balance\":9},\"msg\":\"success\",\"traceId\":\"" + TRACE_ID + "\"}";
    public static final String INSUFFICIENT =
            "{\"code\":402,\"data\":null,\"msg\":\"insufficient credits\",\"traceId\":\"" + TRACE_ID + "\"}";
    public static final String USER_NOT_EXIST =
            "{\"code\":10012,\"data\":null,\"msg\":\"user not exist\",\"traceId\":\"00000000000000000000000000000000\"}";

    /** What the fake answers to the next requests. */
    public record Answer(int status, String body, Duration delay) {

        public static Answer of(int status, String body) {
            return new Answer(status, body, Duration.ZERO);
        }

        public Answer after(Duration delay) {
            return new Answer(status, body, delay);
        }
    }

    /** One request as the fake received it; header names are lower case. */
    public record Received(String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = Answer.of(200, SUCCESS_WITH_BALANCE);

    private FakeElegooCredits(HttpServer server) {
        this.server = server;
    }

    public static FakeElegooCredits start() {
        return start(0);
    }

    /**
     * A local demo: {@code FakeElegooCredits [port] [success|insufficient|unknown-user|server-error|bad-request|
     * invalid-json|slow]} serves that answer on 127.0.0.1 until stopped (README, "Credits").
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18099;
        String fault = args.length > 1 ? args[1] : "success";
        Answer answer = switch (fault) {
            case "success" -> Answer.of(200, SUCCESS_WITH_BALANCE);
            case "insufficient" -> Answer.of(200, INSUFFICIENT);
            case "unknown-user" -> Answer.of(200, USER_NOT_EXIST);
            case "server-error" -> Answer.of(503, "{\"error\":\"unavailable\"}");
            case "bad-request" -> Answer.of(400, "{\"error\":\"bad request\"}");
            case "invalid-json" -> Answer.of(200, "{\"code\":");
            case "slow" -> Answer.of(200, SUCCESS_WITH_BALANCE).after(Duration.ofSeconds(30));
            default -> throw new IllegalArgumentException("unknown answer: " + fault);
        };
        FakeElegooCredits fake = start(port).answer(answer);
        System.out.println("Fake Elegoo credits API answering '" + fault + "' at " + fake.baseUrl() + PATH);
        Thread.currentThread().join();
    }

    private static FakeElegooCredits start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            FakeElegooCredits fake = new FakeElegooCredits(server);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base URL where nothing listens: connections to it are refused. */
    public static String refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeElegooCredits answer(Answer next) {
        this.answer = next;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            Answer current = answer;
            pause(current.delay());
            byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(current.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A peer below HTTP: it accepts each connection, reads the request and writes a fixed reply (bytes that are not
     * HTTP, or nothing at all), then hangs up, with a normal close or a reset.
     */
    public static final class RawPeer implements AutoCloseable {

        private final ServerSocket socket;
        private final byte[] reply;
        private final boolean reset;
        private final Thread acceptor;

        private RawPeer(ServerSocket socket, byte[] reply, boolean reset) {
            this.socket = socket;
            this.reply = reply;
            this.reset = reset;
            this.acceptor = Thread.ofVirtual().start(this::serve);
        }

        /** Answers with an SSH greeting. */
        public static RawPeer notHttp() {
            return start("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
        }

        /** Closes the connection without answering: a normal close (FIN) or, with {@code reset}, a reset (RST). */
        public static RawPeer hangingUp(boolean reset) {
            return start(new byte[0], reset);
        }

        private static RawPeer start(byte[] reply, boolean reset) {
            try {
                return new RawPeer(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()), reply, reset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (java.net.Socket connection = socket.accept()) {
                    connection.setSoLinger(reset, 0);
                    connection.getInputStream().read(new byte[8192]);
                    connection.getOutputStream().write(reply);
                } catch (IOException closed) {
                    // the test closed the socket, or the client hung up first
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
                acceptor.join(Duration.ofSeconds(1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
