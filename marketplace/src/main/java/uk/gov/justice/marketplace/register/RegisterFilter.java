package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What a lead provider or commissioner narrows the register by; every part optional. */
@Introspected
public record RegisterFilter(@Nullable String area, @Nullable String speciality, @Nullable String cohort) {

    static final RegisterFilter NONE = new RegisterFilter(null, null, null);

    boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
