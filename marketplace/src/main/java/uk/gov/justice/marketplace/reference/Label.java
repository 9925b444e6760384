package uk.gov.justice.marketplace.reference;

import java.util.Locale;

/** A name in English and Welsh; Welsh is shown when the person chose Cymraeg. */
public record Label(String en, String cy) {

    public Label {
        if (en == null || en.isBlank() || cy == null || cy.isBlank()) {
            throw new IllegalArgumentException("A label needs English and Welsh text");
        }
    }

    public String in(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? cy : en;
    }
}
