package uk.gov.justice.marketplace.register;

import static uk.gov.justice.marketplace.common.web.SearchLinks.one;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.SearchLinks;
import uk.gov.justice.marketplace.eoi.Coverage;
import uk.gov.justice.marketplace.eoi.OrganisationFacts;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Term;
import uk.gov.justice.marketplace.search.Facet;
import uk.gov.justice.marketplace.search.SearchResults;

/** Builds the search page from the request and the results, in the reader's language. */
@Singleton
class SearchPageModels {

    private final SearchLabels labels;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Texts texts;

    SearchPageModels(SearchLabels labels, Areas areas, Specialities specialities, Cohorts cohorts, Texts texts) {
        this.labels = labels;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.texts = texts;
    }

    SearchPage page(
            SearchRequest request, SearchResults results, List<Option> shortlists, FormErrors errors, Locale locale) {
        Map<Facet, Map<String, Long>> counts = results.facets().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count))));
        List<SearchPage.FilterGroup> groups = List.of(
                group(
                        Facet.SPECIALITY,
                        specialities.all().stream().map(Term::code).toList(),
                        request.speciality(),
                        "specialityMatch",
                        request.specialityMatch(),
                        counts,
                        locale),
                group(
                        Facet.COHORT,
                        cohorts.all().stream().map(Term::code).toList(),
                        request.cohort(),
                        "cohortMatch",
                        request.cohortMatch(),
                        counts,
                        locale),
                group(
                        Facet.LEGAL_FORM,
                        names(OrganisationFacts.LegalForm.values()),
                        request.legalForm(),
                        null,
                        null,
                        counts,
                        locale),
                group(
                        Facet.SIZE_BAND,
                        names(OrganisationFacts.IncomeBand.values()),
                        request.sizeBand(),
                        null,
                        null,
                        counts,
                        locale),
                group(
                        Facet.RISK_APPETITE,
                        names(Coverage.RiskAppetite.values()),
                        request.riskAppetite(),
                        null,
                        null,
                        counts,
                        locale));
        List<SearchPage.Flag> flags = List.of(
                flag("welsh", request.welsh(), counts.get(Facet.WELSH_LANGUAGE_SERVICE), locale),
                flag("outcomeEvidence", request.outcomeEvidence(), counts.get(Facet.OUTCOME_EVIDENCE), locale),
                flag("jdl", request.jdl(), counts.get(Facet.JUSTICE_DATA_LAB), locale));
        List<Option> sorts = List.of("relevance", "name", "updated").stream()
                .map(s -> new Option(s, word("search.sort." + s, locale)))
                .toList();
        return new SearchPage(
                blank(request.text()),
                blank(request.area()),
                areaOptions(locale),
                groups,
                flags,
                blank(request.minCapacity()),
                request.sort() == null ? "relevance" : request.sort(),
                sorts,
                results.total(),
                results.hits().stream().map(h -> result(h, locale)).toList(),
                pageLinks(request, results),
                link(request, results.page() - 1, results.page() > 0),
                link(request, results.page() + 1, (long) (results.page() + 1) * results.pageSize() < results.total()),
                shortlists,
                href(request, results.page()),
                errors,
                null);
    }

    SearchPage refused(SearchRequest request, FormErrors errors, Locale locale) {
        return page(request, new SearchResults(0, 0, 1, List.of(), Map.of()), List.of(), errors, locale);
    }

    private SearchPage.Result result(SearchResults.Hit hit, Locale locale) {
        return new SearchPage.Result(
                hit.id(),
                hit.name(),
                "/providers/" + hit.id(),
                labels.of(Facet.LEGAL_FORM, hit.legalForm(), locale),
                joined(Facet.SPECIALITY, hit.specialities(), locale),
                joined(Facet.COHORT, hit.cohorts(), locale),
                joined(Facet.AREA, hit.areas(), locale),
                hit.welshLanguageService(),
                hit.justiceDataLabResult(),
                hit.snippets());
    }

    private SearchPage.FilterGroup group(
            Facet facet,
            List<String> values,
            List<String> selected,
            String matchName,
            String match,
            Map<Facet, Map<String, Long>> counts,
            Locale locale) {
        Map<String, Long> byValue = counts.getOrDefault(facet, Map.of());
        List<Option> options = values.stream()
                .map(v -> new Option(v, labels.of(facet, v, locale) + " (" + byValue.getOrDefault(v, 0L) + ")"))
                .toList();
        return new SearchPage.FilterGroup(
                SearchLabels.parameter(facet),
                word("search.facet." + facet, locale),
                options,
                SearchRequest.values(selected),
                matchName,
                "all".equals(match) ? "all" : "any");
    }

    private SearchPage.Flag flag(String name, String given, Map<String, Long> counts, Locale locale) {
        long yes = counts == null ? 0 : counts.getOrDefault("true", 0L);
        return new SearchPage.Flag(name, word("search.flag." + name, locale) + " (" + yes + ")", "true".equals(given));
    }

    private List<Option> areaOptions(Locale locale) {
        return areas.all().stream()
                .map(a -> new Option(a.code(), a.name().in(locale)))
                .toList();
    }

    private static List<SearchLinks.PageLink> pageLinks(SearchRequest request, SearchResults results) {
        return SearchLinks.pageLinks(results.total(), results.pageSize(), results.page(), n -> href(request, n));
    }

    private static String link(SearchRequest request, int page, boolean exists) {
        return exists ? href(request, page) : null;
    }

    /** The same search on another page: every filter kept in the query string, so it works without JavaScript. */
    static String href(SearchRequest r, int page) {
        return SearchLinks.href(
                "/search",
                List.of(
                        Map.entry("text", one(r.text())),
                        Map.entry("area", one(r.area())),
                        Map.entry("speciality", SearchRequest.values(r.speciality())),
                        Map.entry("specialityMatch", one(r.specialityMatch())),
                        Map.entry("cohort", SearchRequest.values(r.cohort())),
                        Map.entry("cohortMatch", one(r.cohortMatch())),
                        Map.entry("legalForm", SearchRequest.values(r.legalForm())),
                        Map.entry("sizeBand", SearchRequest.values(r.sizeBand())),
                        Map.entry("riskAppetite", SearchRequest.values(r.riskAppetite())),
                        Map.entry("welsh", one(r.welsh())),
                        Map.entry("outcomeEvidence", one(r.outcomeEvidence())),
                        Map.entry("jdl", one(r.jdl())),
                        Map.entry("minCapacity", one(r.minCapacity())),
                        Map.entry("sort", one(r.sort()))),
                page);
    }

    private String joined(Facet facet, List<String> values, Locale locale) {
        return values.stream().map(v -> labels.of(facet, v, locale)).collect(Collectors.joining(", "));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private String word(String key, Locale locale) {
        return texts.text(key, locale, Map.of());
    }
}
