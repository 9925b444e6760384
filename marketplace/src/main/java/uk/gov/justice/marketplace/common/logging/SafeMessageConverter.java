package uk.gov.justice.marketplace.common.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** %msg for every logger (logback.xml rebinds the word): the formatted message with controls escaped. */
public class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.safe(super.convert(event));
    }
}
