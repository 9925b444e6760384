package uk.gov.justice.marketplace.common;

import java.time.LocalDate;

/** A value and the day it takes effect: a price or a set of terms that changes over time without losing the past. */
public record Dated<T>(T value, LocalDate effectiveFrom) {

    public Dated {
        if (value == null || effectiveFrom == null) {
            throw new IllegalArgumentException("A dated value needs a value and the day it takes effect");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }
}
