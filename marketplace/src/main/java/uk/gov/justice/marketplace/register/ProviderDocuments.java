package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.eoi.EoiAnswers;
import uk.gov.justice.marketplace.eoi.EvidenceFiles;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;
import uk.gov.justice.marketplace.search.ProviderDocument;

/**
 * An approved provider as the search engine indexes it: its published version's answers and the text of the evidence
 * files that version holds (never a draft's), so a new version's files reach search only once it is approved.
 */
@Singleton
class ProviderDocuments {

    private final PublishedEois published;
    private final EvidenceFiles evidence;
    private final Specialities specialities;
    private final Cohorts cohorts;

    ProviderDocuments(PublishedEois published, EvidenceFiles evidence, Specialities specialities, Cohorts cohorts) {
        this.published = published;
        this.evidence = evidence;
        this.specialities = specialities;
        this.cohorts = cohorts;
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
        Map<String, Integer> capacity = a.coverage().peoplePerYear() == null
                ? Map.of()
                : a.coverage().peoplePerYear().entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean outcomes =
                hasText(a.evidence().outcomeFigures()) || a.evidence().hasJusticeDataLabResult();
        return new ProviderDocument(
                p.organisationId().toString(),
                a.organisation().legalName(),
                a.organisation().legalForm().name(),
                a.organisation().incomeBand().name(),
                Boolean.TRUE.equals(a.services().welshLanguageService()),
                a.services().specialities(),
                a.services().cohorts(),
                a.coverage().areas(),
                capacity,
                a.coverage().riskAppetite().name(),
                outcomes,
                a.evidence().hasJusticeDataLabResult(),
                joined(
                        a.selection().relevantExperience(),
                        a.services().qualityMarks(),
                        labels(specialities, a.services().specialities()),
                        labels(cohorts, a.services().cohorts())),
                a.evidence().caseStudies(),
                a.evidence().outcomeFigures(),
                evidence.publishedText(p),
                p.version().decision().decidedAt());
    }

    /** What the provider does and for whom, in English and Welsh, so words like "accommodation" find it. */
    private static String labels(Vocabulary vocabulary, List<String> codes) {
        return codes.stream()
                .map(vocabulary::require)
                .map(t -> t.label().en() + " " + t.label().cy())
                .collect(Collectors.joining(". "));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String joined(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
