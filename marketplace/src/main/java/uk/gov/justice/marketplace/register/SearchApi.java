package uk.gov.justice.marketplace.register;

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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.eoi.PublicationEvents;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.search.Facet;
import uk.gov.justice.marketplace.search.ProviderSearch;
import uk.gov.justice.marketplace.search.SearchResults;

/** Provider search over JSON, for signed-in users; the index's health and a full reindex for the steward. */
@SerdeImport(SearchResults.Hit.class)
@SerdeImport(SearchResults.Snippet.class)
@SerdeImport(SearchResults.Part.class)
@ProblemAnswers.NeedsToken
@Controller("/api/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Search")
class SearchApi {

    private final ProviderFinder finder;
    private final SearchLabels labels;
    private final ProviderSearch search;
    private final PublicationEvents events;
    private final SearchIndexer indexer;
    private final Messages messages;

    SearchApi(
            ProviderFinder finder,
            SearchLabels labels,
            ProviderSearch search,
            PublicationEvents events,
            SearchIndexer indexer,
            Messages messages) {
        this.finder = finder;
        this.labels = labels;
        this.search = search;
        this.events = events;
        this.indexer = indexer;
        this.messages = messages;
    }

    @Serdeable
    record FacetValue(String value, String label, long count) {}

    @Serdeable
    record Found(
            long total,
            int page,
            int pageSize,
            List<SearchResults.Hit> providers,
            Map<String, List<FacetValue>> facets) {}

    @Serdeable
    record Health(
            String engine,
            String index,
            long providers,
            boolean up,
            String detail,
            long backlog,
            @Nullable Instant oldestPending) {}

    @Serdeable
    record Reindexed(long providers) {}

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get
    @Operation(
            summary =
                    "Approved providers by words (stemmed, ranked, with snippets) and filters: area (any layer, "
                            + "containment both ways), speciality and cohort (repeatable; specialityMatch/cohortMatch=all|any), "
                            + "legalForm, sizeBand, riskAppetite (repeatable), welsh, outcomeEvidence, jdl (true|false), "
                            + "minCapacity, sort=relevance|name|updated, page (from 0), pageSize (at most 100); with facet counts")
    Found search(@SignedIn Viewer viewer, @RequestBean SearchRequest request, HttpRequest<?> http) {
        SearchResults results = finder.find(request);
        Locale locale = messages.locale(http);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(
                    SearchLabels.parameter(facet),
                    results.facets().get(facet).stream()
                            .map(c -> new FacetValue(c.value(), labels.of(facet, c.value(), locale), c.count()))
                            .toList());
        }
        return new Found(results.total(), results.page(), results.pageSize(), results.hits(), facets);
    }

    @Get("/health")
    @Operation(
            summary = "The search index: engine, providers indexed, whether it answers, and the backlog of "
                    + "register changes not yet indexed (steward)")
    Health health(@SignedIn Viewer steward) {
        AccessPolicy.requireSteward(steward);
        ProviderSearch.IndexHealth health = search.health();
        PublicationEvents.Backlog backlog = events.backlog();
        return new Health(
                health.engine(),
                health.index(),
                health.providers(),
                health.up(),
                health.detail(),
                backlog.pending(),
                backlog.oldest());
    }

    @Post("/reindex")
    @Operation(summary = "Rebuild the search index from the register and switch to it at once (steward)")
    Reindexed reindex(@SignedIn Viewer steward) {
        AccessPolicy.requireSteward(steward);
        return new Reindexed(indexer.rebuild());
    }
}
