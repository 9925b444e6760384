package uk.gov.justice.marketplace.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a logger wrote, as the console shows it: each event laid out by the service's own logback.xml, so a test
 * sees exactly the text an operator (or a log collector splitting on line breaks) would get.
 */
public final class LogLines implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private LogLines(org.slf4j.Logger source) {
        this.logger = (Logger) source;
        events.start();
        logger.addAppender(events);
    }

    public static LogLines of(Class<?> source) {
        return new LogLines(LoggerFactory.getLogger(source));
    }

    /** For a logger whose class the test cannot name (it is not public). */
    public static LogLines of(org.slf4j.Logger source) {
        return new LogLines(source);
    }

    /** Every event so far, each formatted as the console appender writes it. */
    public List<String> written() {
        return events.list.stream().map(LogLines::asConsoleWrites).toList();
    }

    public static String asConsoleWrites(ILoggingEvent event) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder =
                (LayoutWrappingEncoder<ILoggingEvent>) ((ch.qos.logback.core.OutputStreamAppender<ILoggingEvent>)
                                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"))
                        .getEncoder();
        return encoder.getLayout().doLayout(event);
    }

    @Override
    public void close() {
        logger.detachAppender(events);
    }
}
