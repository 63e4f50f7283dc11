package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.domain.record.RecordRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Records as CSV (RFC 4180): UTF-8 with a byte order mark (so that spreadsheet programs read Chinese as Chinese),
 * CRLF after every line, a field in double quotes when it holds a comma, a quote, a CR or an LF (quotes doubled),
 * instants as ISO 8601 UTC, numbers in plain digits. Written as the rows come; the writer's buffer is all it keeps.
 */
final class CsvRecords implements AutoCloseable {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    CsvRecords(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write('\uFEFF');
        line(RecordColumns.ALL.stream().map(RecordColumns::header).collect(Collectors.joining(",")));
    }

    void write(RecordRow row) {
        line(RecordColumns.ALL.stream().map(column -> switch (column.kind()) {
            case TEXT -> quoted(column.text(row));
            case NUMBER -> Long.toString(column.number(row));
            case INSTANT -> DateTimeFormatter.ISO_INSTANT.format(column.instant(row));
        }).collect(Collectors.joining(",")));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
