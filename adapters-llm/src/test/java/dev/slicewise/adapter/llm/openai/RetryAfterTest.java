package dev.slicewise.adapter.llm.openai;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryAfterTest {

    @Test
    void delaySeconds_areRead_wholeOrDecimal() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAfter.parse("2"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parse(" 1.5 "));
    }

    @Test
    void anHttpDate_isReadAsTheWaitUntilThen_andAPastOneAsNoWait() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        Duration wait = RetryAfter.parse(inAnHour).orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(58)) > 0 && wait.compareTo(Duration.ofMinutes(61)) < 0,
                wait.toString());
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT"));
    }

    @Test
    void anythingElse_isNoAdvice() {
        assertEquals(Optional.empty(), RetryAfter.parse("soon"));
        assertEquals(Optional.empty(), RetryAfter.parse("-3"));
        assertEquals(Optional.empty(), RetryAfter.parse("NaN"));
    }
}
