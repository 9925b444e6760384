package uk.gov.justice.marketplace.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Providers as a kind of document: the first kind declared, and how the register's query and results translate to
 * and from the kind's own. Field names are those of the v1 Elasticsearch mapping already deployed.
 */
final class ProviderKind {

    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String UPDATED_AT = "updated_at";
    static final String CAPACITY = "capacity";

    static final DocumentKind<ProviderDocument> KIND = DocumentKind.<ProviderDocument>builder(
                    "providers", "v1", ProviderDocument::id)
            .display(NAME, ProviderDocument::name)
            .sortText(NAME_SORT, ProviderDocument::name)
            .moment(UPDATED_AT, p -> p.updatedAt().toEpochMilli())
            .facet(Facet.SPECIALITY.field(), ProviderDocument::specialities)
            .facet(Facet.COHORT.field(), ProviderDocument::cohorts)
            .areas(Facet.AREA.field(), ProviderDocument::areas)
            .facet(Facet.LEGAL_FORM.field(), p -> List.of(p.legalForm()))
            .facet(Facet.SIZE_BAND.field(), p -> List.of(p.sizeBand()))
            .facet(Facet.WELSH_LANGUAGE_SERVICE.field(), p -> List.of(String.valueOf(p.welshLanguageService())))
            .facet(Facet.OUTCOME_EVIDENCE.field(), p -> List.of(String.valueOf(p.outcomeEvidence())))
            .facet(Facet.JUSTICE_DATA_LAB.field(), p -> List.of(String.valueOf(p.justiceDataLabResult())))
            .facet(Facet.RISK_APPETITE.field(), p -> List.of(p.riskAppetite()))
            .perArea(CAPACITY, ProviderDocument::capacityByArea)
            .text("t_name", NAME, 3.0f, ProviderDocument::name)
            .text("t_description", "description", 1.5f, ProviderDocument::description)
            .text("t_case_studies", "case_studies", 1.0f, ProviderDocument::caseStudies)
            .text("t_outcomes", "outcome_figures", 1.0f, ProviderDocument::outcomeFigures)
            .text("t_evidence", "evidence_text", 0.5f, ProviderDocument::evidenceText)
            .snippetsFrom("case_studies", "outcome_figures", "description", "evidence_text")
            .browsedBy(NAME_SORT)
            .build();

    private ProviderKind() {}

    static DocumentQuery query(ProviderQuery q) {
        if (q.minCapacity() != null && q.minCapacity() < 0) {
            throw new InvalidSearch("minCapacity", "Capacity must be 0 or more");
        }
        return DocumentQuery.builder()
                .text(q.text())
                .inArea(Facet.AREA.field(), q.area())
                .allOf(Facet.SPECIALITY.field(), q.specialitiesAllOf())
                .allOf(Facet.COHORT.field(), q.cohortsAllOf())
                .anyOf(Facet.SPECIALITY.field(), q.specialitiesAnyOf())
                .anyOf(Facet.COHORT.field(), q.cohortsAnyOf())
                .anyOf(Facet.LEGAL_FORM.field(), q.legalForms())
                .anyOf(Facet.SIZE_BAND.field(), q.sizeBands())
                .anyOf(Facet.RISK_APPETITE.field(), q.riskAppetites())
                .is(Facet.WELSH_LANGUAGE_SERVICE.field(), q.welshLanguageService())
                .is(Facet.OUTCOME_EVIDENCE.field(), q.outcomeEvidence())
                .is(Facet.JUSTICE_DATA_LAB.field(), q.justiceDataLabResult())
                .atLeastInArea(CAPACITY, q.minCapacity(), q.area())
                .order(
                        switch (q.sort()) {
                            case RELEVANCE -> DocumentQuery.Order.RELEVANCE;
                            case NAME -> DocumentQuery.Order.by(NAME_SORT);
                            case RECENTLY_UPDATED -> DocumentQuery.Order.byDescending(UPDATED_AT);
                        })
                .page(q.page())
                .pageSize(q.pageSize())
                .build();
    }

    static SearchResults results(DocumentResults found) {
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, found.facets().getOrDefault(facet.field(), List.of()));
        }
        return new SearchResults(
                found.total(),
                found.page(),
                found.pageSize(),
                found.hits().stream().map(ProviderKind::hit).toList(),
                facets);
    }

    private static SearchResults.Hit hit(DocumentResults.Hit hit) {
        return new SearchResults.Hit(
                hit.id(),
                hit.value(NAME),
                hit.value(Facet.LEGAL_FORM.field()),
                hit.values(Facet.SPECIALITY.field()),
                hit.values(Facet.COHORT.field()),
                hit.values(Facet.AREA.field()),
                Boolean.parseBoolean(hit.value(Facet.WELSH_LANGUAGE_SERVICE.field())),
                Boolean.parseBoolean(hit.value(Facet.JUSTICE_DATA_LAB.field())),
                hit.snippets());
    }
}
