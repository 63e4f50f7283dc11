package dev.slicewise.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client of one streamed answer over a plain socket, so that the test sees the bytes the server wrote and can hang up
 * at any point: the status and headers, then the events one at a time as they arrive (the chunked body decoded, the
 * raw text of each event kept), then whether the server closed the stream.
 */
final class EventStreamClient implements AutoCloseable {

    /** One event: its type, its one data line, and its text as written. */
    record Event(String type, String data, String raw) {
    }

    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers;
    private final StringBuilder pending = new StringBuilder();
    private final List<String> raw = new ArrayList<>();
    private String body = "";
    private boolean ended;

    private EventStreamClient(Socket socket, InputStream in, int status, Map<String, String> headers) {
        this.socket = socket;
        this.in = in;
        this.status = status;
        this.headers = headers;
    }

    /** Posts {@code body} to {@code path} with the key and reads the status line and headers. */
    static EventStreamClient post(int port, String path, String key, String body, String... headers) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> read = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                read.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            EventStreamClient client = new EventStreamClient(socket, in, Integer.parseInt(statusLine.split(" ")[1]),
                    read);
            if (read.containsKey("content-length")) {
                client.body = new String(in.readNBytes(Integer.parseInt(read.get("content-length"))),
                        StandardCharsets.UTF_8);
                client.ended = true;
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int status() {
        return status;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body of an answer that was no stream. */
    String body() {
        return body;
    }

    /** The next event, pings included; empty once the server ended the stream. */
    Optional<Event> next() {
        try {
            while (true) {
                int end = pending.indexOf("\n\n");
                if (end >= 0) {
                    String text = pending.substring(0, end + 2);
                    pending.delete(0, end + 2);
                    raw.add(text);
                    String[] lines = text.strip().split("\n");
                    String type = lines[0].startsWith("event: ") ? lines[0].substring(7) : "";
                    String data = lines.length > 1 && lines[1].startsWith("data: ") ? lines[1].substring(6) : "";
                    return Optional.of(new Event(type, data, text));
                }
                if (ended) {
                    return Optional.empty();
                }
                String size = line(in);
                if (size.isEmpty()) {
                    continue;
                }
                int length = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (length == 0) {
                    line(in);
                    ended = true;
                    continue;
                }
                pending.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no event within 10 seconds", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event that is no ping. */
    Event nextBesidesPings() {
        while (true) {
            Event event = next().orElseThrow(() -> new AssertionError("the stream ended early; events: " + raw));
            if (!event.type().equals("ping")) {
                return event;
            }
        }
    }

    /** Every event up to the end of the stream, pings left out. */
    List<Event> rest() {
        List<Event> events = new ArrayList<>();
        for (Optional<Event> event = next(); event.isPresent(); event = next()) {
            if (!event.get().type().equals("ping")) {
                events.add(event.get());
            }
        }
        return events;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed");
            }
            bytes.write(b);
        }
        String line = bytes.toString(StandardCharsets.UTF_8);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
