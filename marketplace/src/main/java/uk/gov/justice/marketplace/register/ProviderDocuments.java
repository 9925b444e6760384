package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.eoi.EoiAnswers;
import uk.gov.justice.marketplace.eoi.EvidenceFiles;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.search.ProviderDocument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An approved provider as the search engine indexes it: its published version's answers and evidence text. */
@Singleton
class ProviderDocuments {

    private final PublishedEois published;
    private final EvidenceFiles evidence;

    ProviderDocuments(PublishedEois published, EvidenceFiles evidence) {
        this.published = published;
        this.evidence = evidence;
    }

    /** The provider's document, or empty when the register does not show it (never approved, or withdrawn). */
    Optional<ProviderDocument> of(UUID eoiId) {
        return published.find(eoiId).map(this::document);
    }

    Stream<ProviderDocument> all() {
        return published.all().stream().map(this::document);
    }

    private ProviderDocument document(PublishedEois.Published p) {
        EoiAnswers a = p.version().answers();
        Map<String, Integer> capacity = a.coverage().peoplePerYear() == null ? Map.of()
                : a.coverage().peoplePerYear().entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean outcomes = hasText(a.evidence().outcomeFigures()) || a.evidence().hasJusticeDataLabResult();
        return new ProviderDocument(p.organisationId().toString(), a.organisation().legalName(),
                a.organisation().legalForm().name(), a.organisation().incomeBand().name(),
                Boolean.TRUE.equals(a.services().welshLanguageService()), a.services().specialities(),
                a.services().cohorts(), a.coverage().areas(), capacity, a.coverage().riskAppetite().name(), outcomes,
                a.evidence().hasJusticeDataLabResult(), joined(a.selection().relevantExperience(),
                a.services().qualityMarks()), a.evidence().caseStudies(), a.evidence().outcomeFigures(),
                evidence.extractedText(p.eoiId()), p.version().decision().decidedAt());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String joined(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
