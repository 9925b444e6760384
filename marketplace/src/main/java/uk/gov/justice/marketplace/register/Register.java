package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import uk.gov.justice.marketplace.eoi.EoiAnswers;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;

/**
 * The register of approved providers. An area filter finds providers covering that area, any area inside it, or
 * any area it sits in (a provider covering Wales is found for Gwent). Free-text search comes with the search
 * engine; this is the filtered list every lead provider and commissioner starts from.
 */
@Singleton
public class Register {

    private final PublishedEois published;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;

    Register(PublishedEois published, Areas areas, Specialities specialities, Cohorts cohorts) {
        this.published = published;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
    }

    public List<RegisterEntry> entries(RegisterFilter filter) {
        Predicate<RegisterEntry> matches = matcher(filter);
        return published.all().stream()
                .map(Register::entry)
                .filter(matches)
                .sorted(Comparator.comparing(RegisterEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One organisation's entry, when its EoI is on the register. */
    public Optional<RegisterEntry> entryOf(UUID organisationId) {
        return published.ofOrganisation(organisationId).map(Register::entry);
    }

    private Predicate<RegisterEntry> matcher(RegisterFilter filter) {
        Predicate<RegisterEntry> matches = e -> true;
        if (filter.has(filter.area())) {
            String area = areas.require(filter.area()).code();
            matches = matches.and(e -> e.areas().stream().anyMatch(covered -> areas.related(area, covered)));
        }
        if (filter.has(filter.speciality())) {
            String speciality = specialities.require(filter.speciality()).code();
            matches = matches.and(e -> e.specialities().contains(speciality));
        }
        if (filter.has(filter.cohort())) {
            String cohort = cohorts.require(filter.cohort()).code();
            matches = matches.and(e -> e.cohorts().contains(cohort));
        }
        return matches;
    }

    private static RegisterEntry entry(PublishedEois.Published p) {
        EoiAnswers a = p.version().answers();
        return new RegisterEntry(
                p.organisationId(),
                p.eoiId(),
                p.version().number(),
                a.organisation().legalName(),
                a.organisation().legalForm().name(),
                a.organisation().registrationNumber(),
                a.services().specialities(),
                a.services().cohorts(),
                a.coverage().areas(),
                Boolean.TRUE.equals(a.services().welshLanguageService()),
                a.coverage().riskAppetite().name(),
                a.evidence().hasJusticeDataLabResult(),
                p.version().decision().decidedAt());
    }
}
