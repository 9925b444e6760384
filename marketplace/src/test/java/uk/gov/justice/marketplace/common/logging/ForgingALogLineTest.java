package uk.gov.justice.marketplace.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.support.LogLines;

/** Someone types a name meant to write a fake line into the log, or to hide text from whoever reads it. */
class ForgingALogLineTest {

    private static final Logger LOG = (Logger) LoggerFactory.getLogger(ForgingALogLineTest.class);

    @Test
    void a_name_with_a_newline_yields_one_log_line() {
        String line =
                written("Invited {}", "Carys Lloyd\r\n12:00:00.000 INFO  Steward - steward@justice.gov.uk granted");

        assertThat(line).endsWith("\n");
        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("Carys Lloyd\\r\\n12:00:00.000 INFO");
    }

    @Test
    void terminal_and_bidirectional_controls_are_shown_not_obeyed() {
        String line = written("Reason: {}", "approved\u001b[2K\u202egnisu\u2028\u0085done");

        assertThat(line.lines()).hasSize(1);
        assertThat(line)
                .contains("approved\\u001b[2K\\u202egnisu\\u2028\\u0085done")
                .doesNotContain("\u001b", "\u202e", "\u2028", "\u0085");
    }

    @Test
    void the_diagnostic_context_is_escaped_as_well() {
        PatternLayout layout = new PatternLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.setPattern("%X{user} %msg%n");
        layout.start();
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), LOG, Level.INFO, "signed in", null, null);
        event.setMDCPropertyMap(Map.of("user", "mallory\nINFO forged"));

        assertThat(layout.doLayout(event)).isEqualTo("mallory\\nINFO forged signed in\n");
    }

    @Test
    void welsh_letters_and_typographic_dashes_are_left_as_typed() {
        assertThat(LogText.safe("Canolfan Merched Gwent – ŵ ŷ")).isEqualTo("Canolfan Merched Gwent – ŵ ŷ");
    }

    private static String written(String format, Object argument) {
        LoggingEvent event =
                new LoggingEvent(Logger.class.getName(), LOG, Level.INFO, format, null, new Object[] {argument});
        return LogLines.asConsoleWrites(event);
    }
}
