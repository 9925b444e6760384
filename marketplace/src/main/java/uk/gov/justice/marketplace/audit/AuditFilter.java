package uk.gov.justice.marketplace.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Validation;

/** The trail filter as it arrives in a query string; dates are checked so a typo is an error, not a 500. */
@Introspected
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String subject,
        @Nullable @Schema(format = "date") String from,
        @Nullable @Schema(format = "date") String to,
        @Nullable @Schema(description = "From 1; 50 entries a page") Integer page) {

    AuditQuery toQuery() {
        Validation validation = new Validation();
        LocalDate fromDate = validation.check(() -> date("from", from));
        LocalDate toDate = validation.check(() -> date("to", to));
        validation.done();
        return new AuditQuery(
                actor, action, subject, fromDate, toDate, page == null ? 1 : page, AuditQuery.DEFAULT_PAGE_SIZE);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date.invalid");
        }
    }
}
