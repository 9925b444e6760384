package uk.gov.justice.marketplace.cocommissioning;

import java.util.Locale;
import java.util.UUID;

/** A local priority the agreement serves, from one funder's plan, as that funder wrote it in both languages. */
public record Priority(UUID funderId, String english, String welsh) {

    /** Every priority is shown in both languages, so neither may be left blank. */
    boolean inBothLanguages() {
        return english != null && !english.isBlank() && welsh != null && !welsh.isBlank();
    }

    public String in(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? welsh : english;
    }
}
