package uk.gov.justice.marketplace.reference;

/** The shipped reference data files, read and validated; what the service's beans hold, and what tests use. */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    public static Areas areas() {
        return ReferenceDataLoader.areas(YamlEntries.fromClasspath(ReferenceDataLoader.AREAS));
    }

    public static Specialities specialities() {
        return new Specialities(
                ReferenceDataLoader.terms(YamlEntries.fromClasspath(ReferenceDataLoader.SPECIALITIES), "specialities"));
    }

    public static Cohorts cohorts() {
        return new Cohorts(
                ReferenceDataLoader.terms(YamlEntries.fromClasspath(ReferenceDataLoader.COHORTS), "cohorts"));
    }
}
