package uk.gov.justice.marketplace.common.logging;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** %X for every logger (logback.xml rebinds the word): diagnostic context values with controls escaped. */
public class SafeMdcConverter extends MDCConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.safe(super.convert(event));
    }
}
