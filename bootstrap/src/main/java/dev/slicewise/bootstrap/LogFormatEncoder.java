package dev.slicewise.bootstrap;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import java.util.Locale;

/**
 * The console's encoder, chosen by {@code SLICEWISE_LOG_FORMAT} (logback.xml): {@code text}, the pattern's lines for a
 * terminal, or {@code json}, one JSON object per line for a log collector (logback's {@link JsonEncoder}: time, level,
 * thread, logger, the key-value pairs such as the request log's fields, the formatted message and any stack
 * trace). One
 * appender whatever the format, so that logback has nothing to warn about at start (an appender left unused would
 * print its whole status on the console); another value is a configuration error that logback shows.
 */
public class LogFormatEncoder extends EncoderBase<ILoggingEvent> {

    private String format = "text";
    private String pattern = "%msg%n";
    private Encoder<ILoggingEvent> chosen;

    /** {@code text} or {@code json}, in any case. */
    public void setFormat(String format) {
        this.format = format.strip().toLowerCase(Locale.ROOT);
    }

    /** The layout of a {@code text} line. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        if (format.equals("json")) {
            JsonEncoder json = new JsonEncoder();
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithArguments(false);
            json.setWithMessage(false);
            json.setWithFormattedMessage(true);
            chosen = json;
        } else {
            if (!format.equals("text")) {
                addError("SLICEWISE_LOG_FORMAT is '" + format + "'; it may be text or json. Writing text.");
            }
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            chosen = text;
        }
        chosen.setContext(getContext());
        chosen.start();
        super.start();
    }

    @Override
    public void stop() {
        chosen.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return chosen.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return chosen.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return chosen.footerBytes();
    }
}
