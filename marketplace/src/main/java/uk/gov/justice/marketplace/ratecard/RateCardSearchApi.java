package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.search.DocumentIndex;
import uk.gov.justice.marketplace.search.DocumentResults;
import uk.gov.justice.marketplace.search.RateCardDocument;
import uk.gov.justice.marketplace.search.RateCardKind;
import uk.gov.justice.marketplace.search.SearchResults;

/** Rate-card search over JSON, for signed-in users; the index's health and a full reindex for the steward. */
@SerdeImport(SearchResults.Snippet.class)
@SerdeImport(SearchResults.Part.class)
@ProblemAnswers.NeedsToken
@Controller("/api/rate-card/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Rate card")
class RateCardSearchApi {

    static final List<String> FACETS = List.of(
            RateCardKind.SPECIALITY,
            RateCardKind.COHORT,
            RateCardKind.UNIT,
            RateCardKind.AREA,
            RateCardKind.WELSH,
            RateCardKind.EVIDENCE,
            RateCardKind.JDL);

    private final RateCardSearch search;
    private final RateCardSearchLabels labels;
    private final DocumentIndex<RateCardDocument> index;
    private final RateCardSearchOutbox outbox;
    private final RateCardSearchIndexer indexer;
    private final Messages messages;

    RateCardSearchApi(
            RateCardSearch search,
            RateCardSearchLabels labels,
            DocumentIndex<RateCardDocument> index,
            RateCardSearchOutbox outbox,
            RateCardSearchIndexer indexer,
            Messages messages) {
        this.search = search;
        this.labels = labels;
        this.index = index;
        this.outbox = outbox;
        this.indexer = indexer;
        this.messages = messages;
    }

    @Serdeable
    record FacetValue(String value, String label, long count) {}

    /** A published service found: the unit price in force today excluding VAT, in pounds, and how VAT applies. */
    @Serdeable
    record ServiceFound(
            String id,
            String title,
            String provider,
            String speciality,
            String unit,
            BigDecimal unitPrice,
            String currency,
            String vat,
            boolean aboveGuidePrice,
            List<String> areas,
            String capacityPeriod,
            int leadTimeDays,
            int minimumOrder,
            boolean welshDelivery,
            boolean outcomeEvidence,
            boolean justiceDataLabResult,
            List<SearchResults.Snippet> snippets) {}

    @Serdeable
    record Found(
            long total, int page, int pageSize, List<ServiceFound> services, Map<String, List<FacetValue>> facets) {}

    @Serdeable
    record Health(
            String engine,
            String index,
            long services,
            boolean up,
            String detail,
            long backlog,
            @Nullable Instant oldestPending) {}

    @Serdeable
    record Reindexed(long services) {}

    @ProblemAnswers.RefusesInput
    @Get
    @Operation(
            summary = "Published rate-card services by words (English or Welsh; stemmed, ranked, with snippets) and "
                    + "filters: area (any layer, containment both ways), speciality, cohort, unit (repeatable), "
                    + "priceFrom/priceTo (pounds excluding VAT, both included), minCapacity units left in a served "
                    + "area related to the area in period=this|next, welsh, evidence (true), "
                    + "sort=relevance|price|price-desc, page (from 0), pageSize (at most 100); with facet counts")
    Found search(@SignedIn Viewer viewer, @RequestBean RateCardSearchRequest request, HttpRequest<?> http) {
        DocumentResults results = search.find(request);
        Locale locale = messages.locale(http);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            facets.put(
                    facet,
                    results.facets().getOrDefault(facet, List.of()).stream()
                            .map(c -> new FacetValue(c.value(), labels.of(facet, c.value(), locale), c.count()))
                            .toList());
        }
        return new Found(
                results.total(),
                results.page(),
                results.pageSize(),
                results.hits().stream().map(h -> found(h, locale)).toList(),
                facets);
    }

    @Get("/health")
    @Operation(
            summary = "The rate card's search index: engine, services indexed, whether it answers, and the backlog "
                    + "of rate-card changes not yet indexed (steward)")
    Health health(@SignedIn Viewer steward) {
        AccessPolicy.requireSteward(steward);
        DocumentIndex.Health health = index.health();
        RateCardSearchOutbox.Backlog backlog = outbox.backlog();
        return new Health(
                health.engine(),
                health.index(),
                health.documents(),
                health.up(),
                health.detail(),
                backlog.pending(),
                backlog.oldest());
    }

    @Post("/reindex")
    @Operation(summary = "Rebuild the rate card's search index from the rate card and switch to it at once (steward)")
    Reindexed reindex(@SignedIn Viewer steward) {
        AccessPolicy.requireSteward(steward);
        return new Reindexed(indexer.rebuild());
    }

    private static ServiceFound found(DocumentResults.Hit hit, Locale locale) {
        String welshTitle = hit.value(RateCardKind.TITLE_CY);
        return new ServiceFound(
                hit.id(),
                Texts.WELSH.getLanguage().equals(locale.getLanguage()) && welshTitle != null && !welshTitle.isBlank()
                        ? welshTitle
                        : hit.value(RateCardKind.TITLE_EN),
                hit.value(RateCardKind.PROVIDER),
                hit.value(RateCardKind.SPECIALITY),
                hit.value(RateCardKind.UNIT),
                BigDecimal.valueOf(Long.parseLong(hit.value(RateCardKind.PRICE)), 2),
                "GBP",
                hit.value(RateCardKind.VAT),
                Boolean.parseBoolean(hit.value(RateCardKind.ABOVE_GUIDE)),
                hit.values(RateCardKind.AREA),
                hit.value(RateCardKind.CAPACITY_PERIOD),
                Integer.parseInt(hit.value(RateCardKind.LEAD_TIME)),
                Integer.parseInt(hit.value(RateCardKind.MINIMUM_ORDER)),
                Boolean.parseBoolean(hit.value(RateCardKind.WELSH)),
                Boolean.parseBoolean(hit.value(RateCardKind.EVIDENCE)),
                Boolean.parseBoolean(hit.value(RateCardKind.JDL)),
                hit.snippets());
    }
}
