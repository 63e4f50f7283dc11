package dev.slicewise.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service's logback.xml: what the console shows, and that SLICEWISE_LOG_LEVEL sets every log. */
class LogLevelsTest {

    private static final List<String> LIBRARIES = List.of("io.micronaut.runtime.Micronaut",
            "com.zaxxer.hikari.HikariDataSource", "org.flywaydb.core.FlywayExecutor", "io.netty.channel.nio");

    @Test
    void byDefault_slicewiseLogsAtInfo_andTheLibrariesOnlyTheirWarnings() throws Exception {
        LoggerContext logs = configured(null);

        assertEquals(Level.INFO, logs.getLogger(ReadyLine.class).getEffectiveLevel());
        LIBRARIES.forEach(library -> assertEquals(Level.WARN, logs.getLogger(library).getEffectiveLevel(), library));
    }

    @Test
    void theVariable_setsTheLevelOfEveryLog() throws Exception {
        for (String level : List.of("debug", "info", "error")) {
            LoggerContext logs = configured(level);

            assertEquals(Level.toLevel(level), logs.getLogger(ReadyLine.class).getEffectiveLevel());
            LIBRARIES.forEach(library -> assertEquals(Level.toLevel(level), logs.getLogger(library).getEffectiveLevel()));
        }
    }

    @Test
    void springAi_neverLogs_forItWouldLogTheModelsAnswers() throws Exception {
        assertEquals(Level.OFF, configured("debug").getLogger("org.springframework.ai.openai").getEffectiveLevel());
    }

    /** A fresh logback context configured from the service's logback.xml, the variable given as logback reads it. */
    private static LoggerContext configured(String slicewiseLogLevel) throws Exception {
        LoggerContext logs = new LoggerContext();
        if (slicewiseLogLevel != null) {
            logs.putProperty("SLICEWISE_LOG_LEVEL", slicewiseLogLevel);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logs);
        configurator.doConfigure(LogLevelsTest.class.getResource("/logback.xml"));
        return logs;
    }
}
