package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Unavailable;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;
import uk.gov.justice.marketplace.search.DocumentIndex;
import uk.gov.justice.marketplace.search.DocumentQuery;
import uk.gov.justice.marketplace.search.DocumentResults;
import uk.gov.justice.marketplace.search.InvalidSearch;
import uk.gov.justice.marketplace.search.RateCardDocument;
import uk.gov.justice.marketplace.search.RateCardKind;
import uk.gov.justice.marketplace.search.SearchUnavailable;

/**
 * Searching the rate card: checks every value (codes against the reference data, prices as pounds and pence, a
 * range the right way up), names every field at fault at once, and runs the search on the configured engine.
 */
@Singleton
class RateCardSearch {

    private static final String KEY = "ratecard.search.error.";

    private final DocumentIndex<RateCardDocument> index;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;

    RateCardSearch(DocumentIndex<RateCardDocument> index, Areas areas, Specialities specialities, Cohorts cohorts) {
        this.index = index;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
    }

    DocumentResults find(RateCardSearchRequest request) {
        DocumentQuery query = query(request);
        try {
            return index.search(query);
        } catch (InvalidSearch refused) {
            throw new InvalidInput(refused.field(), KEY + refused.field());
        } catch (SearchUnavailable down) {
            throw new Unavailable(KEY + "unavailable");
        }
    }

    private DocumentQuery query(RateCardSearchRequest r) {
        Check check = new Check();
        String area = r.area() == null || r.area().isBlank() ? null : r.area();
        if (area != null && areas.find(area).isEmpty()) {
            check.refuse("area");
        }
        Long from = check.pence("priceFrom", r.priceFrom());
        Long to = check.pence("priceTo", r.priceTo());
        if (from != null && to != null && from > to) {
            check.refuse("priceTo");
        }
        Integer minimum = check.number("minCapacity", r.minCapacity(), null);
        if (minimum != null && minimum < 0) {
            check.refuse("minCapacity");
        }
        String left = RateCardKind.LEFT_THIS_PERIOD;
        if ("next".equals(r.period())) {
            left = RateCardKind.LEFT_NEXT_PERIOD;
        } else if (r.period() != null && !r.period().isBlank() && !"this".equals(r.period())) {
            check.refuse("period");
        }
        DocumentQuery.Builder query = DocumentQuery.builder()
                .text(r.text())
                .inArea(RateCardKind.AREA, area)
                .anyOf(RateCardKind.SPECIALITY, check.codes("speciality", r.speciality(), specialities))
                .anyOf(RateCardKind.COHORT, check.codes("cohort", r.cohort(), cohorts))
                .anyOf(RateCardKind.UNIT, check.names("unit", r.unit(), Unit.values()))
                .range(RateCardKind.PRICE, from, to)
                .atLeastInArea(left, minimum == null || minimum < 0 ? null : minimum, area)
                .anyOf(RateCardKind.WELSH, check.yes("welsh", r.welsh()))
                .anyOf(RateCardKind.EVIDENCE, check.yes("evidence", r.evidence()))
                .order(check.order(r.sort()))
                .page(check.number("page", r.page(), 0))
                .pageSize(check.number("pageSize", r.pageSize(), DocumentQuery.DEFAULT_PAGE_SIZE));
        return check.answer(query.build());
    }

    /** Collects every unreadable part of the request, so one answer names them all. */
    private static final class Check {
        private final Validation problems = new Validation();

        void refuse(String field) {
            problems.refuse(field, KEY + field);
        }

        Set<String> codes(String field, List<String> given, Vocabulary vocabulary) {
            List<String> codes = RateCardSearchRequest.values(given);
            if (codes.stream().anyMatch(c -> vocabulary.find(c).isEmpty())) {
                refuse(field);
            }
            return Set.copyOf(codes);
        }

        Set<String> names(String field, List<String> given, Enum<?>[] allowed) {
            List<String> values = RateCardSearchRequest.values(given);
            if (!Arrays.stream(allowed).map(Enum::name).toList().containsAll(values)) {
                refuse(field);
            }
            return Set.copyOf(values);
        }

        /** A yes-only filter: "true" asks for it (the value to match), "false" or nothing leaves it out. */
        Set<String> yes(String field, String given) {
            if (given == null || given.isBlank() || given.equals("false")) {
                return Set.of();
            }
            if (!given.equals("true")) {
                refuse(field);
                return Set.of();
            }
            return Set.of("true");
        }

        /** Pounds with at most two decimal places, as pence; a pound sign and thousands commas are allowed. */
        Long pence(String field, String given) {
            if (given == null || given.isBlank()) {
                return null;
            }
            try {
                BigDecimal pounds =
                        new BigDecimal(given.strip().replaceFirst("^£", "").replace(",", ""));
                if (pounds.signum() < 0 || pounds.scale() > 2 || pounds.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                    refuse(field);
                    return null;
                }
                return pounds.movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                refuse(field);
                return null;
            }
        }

        Integer number(String field, String given, Integer otherwise) {
            return problems.number(field, given, otherwise, KEY + field);
        }

        DocumentQuery.Order order(String given) {
            if (given == null || given.isBlank() || given.equals("relevance")) {
                return DocumentQuery.Order.RELEVANCE;
            }
            return switch (given) {
                case "price" -> DocumentQuery.Order.by(RateCardKind.PRICE);
                case "price-desc" -> DocumentQuery.Order.byDescending(RateCardKind.PRICE);
                default -> {
                    refuse("sort");
                    yield DocumentQuery.Order.RELEVANCE;
                }
            };
        }

        DocumentQuery answer(DocumentQuery query) {
            problems.done();
            return query;
        }
    }
}
