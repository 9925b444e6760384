package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Unavailable;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.eoi.Coverage;
import uk.gov.justice.marketplace.eoi.OrganisationFacts;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;
import uk.gov.justice.marketplace.search.InvalidSearch;
import uk.gov.justice.marketplace.search.ProviderQuery;
import uk.gov.justice.marketplace.search.ProviderSearch;
import uk.gov.justice.marketplace.search.SearchResults;
import uk.gov.justice.marketplace.search.SearchUnavailable;

/**
 * Searching the register: checks every code against the reference data (so a typo is a clear refusal rather than
 * an empty page), turns the request into the search library's query, and runs it on whichever engine is configured.
 */
@Singleton
public class ProviderFinder {

    private final ProviderSearch search;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;

    ProviderFinder(ProviderSearch search, Areas areas, Specialities specialities, Cohorts cohorts) {
        this.search = search;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
    }

    public SearchResults find(SearchRequest request) {
        ProviderQuery query = query(request);
        try {
            return search.search(query);
        } catch (InvalidSearch refused) {
            throw new InvalidInput(refused.field(), "error.search." + refused.field());
        } catch (SearchUnavailable down) {
            throw new Unavailable("error.search.unavailable");
        }
    }

    private ProviderQuery query(SearchRequest r) {
        Check check = new Check();
        if (r.area() != null && !r.area().isBlank() && areas.find(r.area()).isEmpty()) {
            check.refuse("area");
        }
        List<String> services = check.codes("speciality", SearchRequest.values(r.speciality()), specialities);
        List<String> people = check.codes("cohort", SearchRequest.values(r.cohort()), cohorts);
        ProviderQuery.Builder query = ProviderQuery.builder()
                .text(r.text())
                .area(r.area() == null || r.area().isBlank() ? null : r.area())
                .legalForms(check.names("legalForm", r.legalForm(), OrganisationFacts.LegalForm.values()))
                .sizeBands(check.names("sizeBand", r.sizeBand(), OrganisationFacts.IncomeBand.values()))
                .riskAppetites(check.names("riskAppetite", r.riskAppetite(), Coverage.RiskAppetite.values()))
                .welshLanguageService(check.flag("welsh", r.welsh()))
                .outcomeEvidence(check.flag("outcomeEvidence", r.outcomeEvidence()))
                .justiceDataLabResult(check.flag("jdl", r.jdl()))
                .minCapacity(check.number("minCapacity", r.minCapacity(), null))
                .sort(check.sort(r.sort()))
                .page(check.number("page", r.page(), 0))
                .pageSize(check.number("pageSize", r.pageSize(), ProviderQuery.DEFAULT_PAGE_SIZE));
        String[] serviceCodes = services.toArray(String[]::new);
        String[] cohortCodes = people.toArray(String[]::new);
        if ("all".equals(r.specialityMatch())) {
            query.specialitiesAllOf(serviceCodes);
        } else {
            query.specialitiesAnyOf(serviceCodes);
        }
        if ("all".equals(r.cohortMatch())) {
            query.cohortsAllOf(cohortCodes);
        } else {
            query.cohortsAnyOf(cohortCodes);
        }
        return check.answer(query.build());
    }

    /** Collects every unreadable part of the request, so one answer names them all. */
    private static final class Check {
        private final Validation problems = new Validation();

        void refuse(String field) {
            problems.refuse(field, "error.search." + field);
        }

        List<String> codes(String field, List<String> codes, Vocabulary vocabulary) {
            if (codes.stream().anyMatch(c -> vocabulary.find(c).isEmpty())) {
                refuse(field);
            }
            return codes;
        }

        String[] names(String field, List<String> given, Enum<?>[] allowed) {
            List<String> values = SearchRequest.values(given);
            Set<String> known =
                    Set.copyOf(Arrays.stream(allowed).map(Enum::name).toList());
            if (!known.containsAll(values)) {
                refuse(field);
            }
            return values.toArray(String[]::new);
        }

        Boolean flag(String field, String given) {
            if (given == null || given.isBlank()) {
                return null;
            }
            if (!given.equals("true") && !given.equals("false")) {
                refuse(field);
                return null;
            }
            return Boolean.valueOf(given);
        }

        Integer number(String field, String given, Integer otherwise) {
            return problems.number(field, given, otherwise, "error.search." + field);
        }

        ProviderQuery.Sort sort(String given) {
            if (given == null || given.isBlank()) {
                return ProviderQuery.Sort.RELEVANCE;
            }
            return switch (given) {
                case "relevance" -> ProviderQuery.Sort.RELEVANCE;
                case "name" -> ProviderQuery.Sort.NAME;
                case "updated" -> ProviderQuery.Sort.RECENTLY_UPDATED;
                default -> {
                    refuse("sort");
                    yield ProviderQuery.Sort.RELEVANCE;
                }
            };
        }

        ProviderQuery answer(ProviderQuery query) {
            problems.done();
            return query;
        }
    }
}
