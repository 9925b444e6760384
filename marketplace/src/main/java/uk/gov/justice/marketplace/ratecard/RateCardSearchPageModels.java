package uk.gov.justice.marketplace.ratecard;

import static uk.gov.justice.marketplace.common.web.SearchLinks.one;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.SearchLinks;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Term;
import uk.gov.justice.marketplace.search.DocumentResults;
import uk.gov.justice.marketplace.search.RateCardDocument;
import uk.gov.justice.marketplace.search.RateCardKind;
import uk.gov.justice.marketplace.search.SearchResults;

/** Builds the rate card's search and compare pages in the reader's language. */
@Singleton
class RateCardSearchPageModels {

    private final RateCardSearchLabels labels;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;

    RateCardSearchPageModels(RateCardSearchLabels labels, Areas areas, Specialities specialities, Cohorts cohorts) {
        this.labels = labels;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
    }

    RateCardSearchPage page(RateCardSearchRequest r, DocumentResults results, FormErrors errors, Locale locale) {
        return new RateCardSearchPage(
                RateCardSearchRequest.blank(r.text()),
                RateCardSearchRequest.blank(r.area()),
                areas.all().stream()
                        .map(a -> new Option(a.code(), a.name().in(locale)))
                        .toList(),
                counted(RateCardKind.SPECIALITY, codes(specialities.all()), results, locale),
                RateCardSearchRequest.values(r.speciality()),
                counted(RateCardKind.COHORT, codes(cohorts.all()), results, locale),
                RateCardSearchRequest.values(r.cohort()),
                counted(
                        RateCardKind.UNIT,
                        Arrays.stream(Unit.values()).map(Unit::name).toList(),
                        results,
                        locale),
                RateCardSearchRequest.values(r.unit()),
                RateCardSearchRequest.blank(r.priceFrom()),
                RateCardSearchRequest.blank(r.priceTo()),
                RateCardSearchRequest.blank(r.minCapacity()),
                r.period() == null || r.period().isBlank() ? "this" : r.period(),
                options(List.of("this", "next"), "ratecard.search.period.", locale),
                "true".equals(r.welsh()),
                "true".equals(r.evidence()),
                r.sort() == null || r.sort().isBlank() ? "relevance" : r.sort(),
                options(List.of("relevance", "price", "price-desc"), "ratecard.search.sort.", locale),
                results.total(),
                results.hits().stream().map(h -> result(h, locale)).toList(),
                pageLinks(r, results),
                results.page() > 0 ? href(r, results.page() - 1) : null,
                (long) (results.page() + 1) * results.pageSize() < results.total() ? href(r, results.page() + 1) : null,
                errors);
    }

    RateCardSearchPage refused(RateCardSearchRequest request, FormErrors errors, Locale locale) {
        return page(request, new DocumentResults(0, 0, 1, List.of(), Map.of()), errors, locale);
    }

    RateCardComparePage compare(
            List<RateCardDocument> compared, List<RateCardDocument> chosen, FormErrors errors, Locale locale) {
        List<RateCardComparePage.Row> rows = List.of(
                row("ratecard.search.provider", compared, RateCardDocument::provider, locale),
                row(
                        "ratecard.search.compare.speciality",
                        compared,
                        d -> labels.of(RateCardKind.SPECIALITY, d.speciality(), locale),
                        locale),
                row(
                        "ratecard.search.compare.cohorts",
                        compared,
                        d -> joined(RateCardKind.COHORT, d.cohorts(), locale),
                        locale),
                row("ratecard.search.price", compared, d -> price(d, locale), locale),
                row("ratecard.search.compare.vat", compared, d -> labels.of(RateCardKind.VAT, d.vat(), locale), locale),
                row("ratecard.search.compare.minimumOrder", compared, d -> String.valueOf(d.minimumOrder()), locale),
                row(
                        "ratecard.search.compare.capacityPeriod",
                        compared,
                        d -> labels.of(RateCardKind.CAPACITY_PERIOD, d.capacityPeriod(), locale),
                        locale),
                row(
                        "ratecard.search.compare.leftThis",
                        compared,
                        d -> left(d.capacityLeftThisPeriod(), locale),
                        locale),
                row(
                        "ratecard.search.compare.leftNext",
                        compared,
                        d -> left(d.capacityLeftNextPeriod(), locale),
                        locale),
                row("ratecard.search.leadTime", compared, d -> leadTime(d.leadTimeDays(), locale), locale),
                row("ratecard.search.welsh", compared, d -> yesNo(d.welshDelivery(), locale), locale),
                row("ratecard.search.compare.outcomes", compared, d -> yesNo(d.outcomeEvidence(), locale), locale),
                row("ratecard.search.jdl", compared, d -> yesNo(d.justiceDataLabResult(), locale), locale));
        return new RateCardComparePage(
                compared.stream()
                        .map(d -> new RateCardComparePage.Column(title(d, locale), serviceHref(d.id())))
                        .toList(),
                compared.isEmpty() ? List.of() : rows,
                chosen.stream().map(d -> new Option(d.id(), title(d, locale))).toList(),
                chosen.stream().map(RateCardDocument::id).toList(),
                errors);
    }

    private RateCardSearchPage.Result result(DocumentResults.Hit hit, Locale locale) {
        String title = localised(hit.value(RateCardKind.TITLE_EN), hit.value(RateCardKind.TITLE_CY), locale);
        return new RateCardSearchPage.Result(
                hit.id(),
                title,
                serviceHref(hit.id()),
                hit.value(RateCardKind.PROVIDER),
                RateCardSearchLabels.pounds(Long.parseLong(hit.value(RateCardKind.PRICE))) + " "
                        + labels.word("ratecard.search.per", locale) + " "
                        + labels.of(RateCardKind.UNIT, hit.value(RateCardKind.UNIT), locale)
                                .toLowerCase(locale),
                labels.of(RateCardKind.VAT, hit.value(RateCardKind.VAT), locale),
                Boolean.parseBoolean(hit.value(RateCardKind.ABOVE_GUIDE)),
                Boolean.parseBoolean(hit.value(RateCardKind.WELSH)),
                Boolean.parseBoolean(hit.value(RateCardKind.JDL)),
                joined(RateCardKind.AREA, hit.values(RateCardKind.AREA), locale),
                leadTime(Integer.parseInt(hit.value(RateCardKind.LEAD_TIME)), locale),
                "compare-" + hit.id(),
                labels.word("ratecard.search.compare.choose", locale) + " " + title,
                hit.snippets());
    }

    private List<Option> counted(String field, List<String> values, DocumentResults results, Locale locale) {
        Map<String, Long> counts = results.facets().getOrDefault(field, List.of()).stream()
                .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count));
        return values.stream()
                .map(v -> new Option(v, labels.of(field, v, locale) + " (" + counts.getOrDefault(v, 0L) + ")"))
                .toList();
    }

    private List<Option> options(List<String> values, String prefix, Locale locale) {
        return values.stream()
                .map(v -> new Option(v, labels.word(prefix + v, locale)))
                .toList();
    }

    private RateCardComparePage.Row row(
            String key, List<RateCardDocument> compared, Function<RateCardDocument, String> value, Locale locale) {
        return new RateCardComparePage.Row(
                labels.word(key, locale), compared.stream().map(value).toList());
    }

    private String price(RateCardDocument d, Locale locale) {
        String price = RateCardSearchLabels.pounds(d.pricePence()) + " " + labels.word("ratecard.search.per", locale)
                + " " + labels.of(RateCardKind.UNIT, d.unit(), locale).toLowerCase(locale);
        return d.aboveGuidePrice() ? price + " (" + labels.word("ratecard.search.aboveGuide", locale) + ")" : price;
    }

    /** Units left in each served area, e.g. "Gwent: 12". */
    private String left(Map<String, Integer> byArea, Locale locale) {
        return byArea.entrySet().stream()
                .map(e -> labels.of(RateCardKind.AREA, e.getKey(), locale) + ": " + e.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private String leadTime(int days, Locale locale) {
        return labels.word("ratecard.search.leadTime.days", locale).replace("{0}", String.valueOf(days));
    }

    private String yesNo(boolean yes, Locale locale) {
        return labels.word(yes ? "ratecard.search.compare.yes" : "ratecard.search.compare.no", locale);
    }

    private String joined(String field, List<String> values, Locale locale) {
        return values.stream().map(v -> labels.of(field, v, locale)).collect(Collectors.joining(", "));
    }

    private static String title(RateCardDocument d, Locale locale) {
        return localised(d.titleEn(), d.titleCy(), locale);
    }

    private static String localised(String english, String welsh, Locale locale) {
        return Texts.WELSH.getLanguage().equals(locale.getLanguage()) && welsh != null && !welsh.isBlank()
                ? welsh
                : english;
    }

    /** The public page of a published service (its price history, guide flag and evidence). */
    private static String serviceHref(String id) {
        return "/rate-card/services/" + id;
    }

    private static List<SearchLinks.PageLink> pageLinks(RateCardSearchRequest request, DocumentResults results) {
        return SearchLinks.pageLinks(results.total(), results.pageSize(), results.page(), n -> href(request, n));
    }

    /** The same search on another page: every filter kept in the query string, so it works without JavaScript. */
    static String href(RateCardSearchRequest r, int page) {
        return SearchLinks.href(
                "/rate-card",
                List.of(
                        Map.entry("text", one(r.text())),
                        Map.entry("area", one(r.area())),
                        Map.entry("speciality", RateCardSearchRequest.values(r.speciality())),
                        Map.entry("cohort", RateCardSearchRequest.values(r.cohort())),
                        Map.entry("unit", RateCardSearchRequest.values(r.unit())),
                        Map.entry("priceFrom", one(r.priceFrom())),
                        Map.entry("priceTo", one(r.priceTo())),
                        Map.entry("minCapacity", one(r.minCapacity())),
                        Map.entry("period", one(r.period())),
                        Map.entry("welsh", one(r.welsh())),
                        Map.entry("evidence", one(r.evidence())),
                        Map.entry("sort", one(r.sort()))),
                page);
    }

    private static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }
}
