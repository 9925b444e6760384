package uk.gov.justice.marketplace.reference;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/**
 * The reference data as beans, loaded when the service starts (eagerly, so a bad file stops start-up with its
 * message rather than failing the first request that needs it).
 */
@Factory
class ReferenceData {

    @Context
    Areas areas() {
        return ReferenceFiles.areas();
    }

    @Context
    Commissioners commissioners(Areas areas) {
        return ReferenceDataLoader.commissioners(YamlEntries.fromClasspath(ReferenceDataLoader.COMMISSIONERS), areas);
    }

    @Context
    Specialities specialities() {
        return ReferenceFiles.specialities();
    }

    @Context
    Cohorts cohorts() {
        return ReferenceFiles.cohorts();
    }

    @Context
    WorkingDays workingDays(CalendarSettings settings) {
        return new WorkingDays(
                BankHolidayRulesLoader.load(YamlEntries.fromClasspath(BankHolidayRulesLoader.FILE), settings));
    }
}
