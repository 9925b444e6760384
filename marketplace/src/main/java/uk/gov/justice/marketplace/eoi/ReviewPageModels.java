package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.eoi.ReviewPage.ComparedRow;
import uk.gov.justice.marketplace.eoi.ReviewPage.ComparedSection;
import uk.gov.justice.marketplace.eoi.ReviewQueuePage.QueueRow;

/** Builds the steward's queue and the side-by-side review of a submitted version against the last approved one. */
@Singleton
class ReviewPageModels {

    private static final List<EoiStatus> OUTCOMES =
            List.of(EoiStatus.APPROVED, EoiStatus.CHANGES_REQUESTED, EoiStatus.REJECTED);

    private final EoiPageModels models;

    ReviewPageModels(EoiPageModels models) {
        this.models = models;
    }

    ReviewQueuePage queue(List<EoiReview.Waiting> waiting, @Nullable String banner, Locale locale) {
        List<QueueRow> rows = waiting.stream()
                .map(w -> new QueueRow(
                        organisation(w.eoi()),
                        w.eoi().current().number(),
                        Dates.day(w.eoi().current().submittedAt(), locale),
                        w.workingDaysWaiting(),
                        "/review/" + w.eoi().id()))
                .toList();
        return new ReviewQueuePage(
                rows, banner == null ? null : models.words(locale).apply(banner));
    }

    ReviewPage review(
            ExpressionOfInterest eoi,
            List<EvidenceFile> files,
            @Nullable DecisionForm typed,
            FormErrors errors,
            Locale locale) {
        EoiVersion current = eoi.current();
        Optional<EoiVersion> approved = lastApprovedBefore(eoi);
        UnaryOperator<String> words = models.words(locale);
        List<ComparedSection> sections = new ArrayList<>();
        for (EoiPart part : EoiPart.values()) {
            List<ComparedRow> rows = compare(
                    part, current.answers(), approved.map(EoiVersion::answers).orElse(null), locale);
            sections.add(new ComparedSection(
                    DecisionForm.commentField(part),
                    words.apply("eoi.part." + part.field()),
                    rows,
                    rows.stream().anyMatch(ComparedRow::changed),
                    typed == null ? null : typed.comment(part)));
        }
        List<Option> outcomes = OUTCOMES.stream()
                .map(o -> new Option(o.name(), words.apply("eoi.decision." + o.name())))
                .toList();
        return new ReviewPage(
                eoi.id().toString(),
                organisation(eoi),
                current.number(),
                Dates.day(current.submittedAt(), locale),
                approved.map(EoiVersion::number).orElse(null),
                sections,
                files,
                outcomes,
                typed == null ? null : typed.outcome(),
                typed == null ? null : typed.reason(),
                errors);
    }

    /** The approved version the register shows while this one waits: the one the steward compares against. */
    private static Optional<EoiVersion> lastApprovedBefore(ExpressionOfInterest eoi) {
        int current = eoi.current().number();
        return eoi.versions().stream()
                .filter(v -> v.number() < current && v.status() == EoiStatus.APPROVED)
                .reduce((a, b) -> b);
    }

    /** Rows of this version, then any the approved version had that this one dropped; matched by question id. */
    private List<ComparedRow> compare(
            EoiPart part, EoiAnswers submitted, @Nullable EoiAnswers approved, Locale locale) {
        Map<String, Question> now = byId(models.shown(part, submitted, locale));
        Map<String, Question> before = approved == null ? Map.of() : byId(models.shown(part, approved, locale));
        return Stream.concat(now.keySet().stream(), before.keySet().stream().filter(id -> !now.containsKey(id)))
                .map(id -> row(now.get(id), before.get(id), approved != null))
                .toList();
    }

    private static ComparedRow row(@Nullable Question now, @Nullable Question before, boolean comparing) {
        String question = (now != null ? now : before).label();
        String submitted = now == null ? "" : now.display();
        String approved = before == null ? "" : before.display();
        return new ComparedRow(
                question, comparing ? approved : null, submitted, comparing && !submitted.equals(approved));
    }

    private static Map<String, Question> byId(List<Question> questions) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.merge(q.id(), q, (a, b) -> a));
        return byId;
    }

    private static String organisation(ExpressionOfInterest eoi) {
        OrganisationFacts facts = eoi.current().answers().organisation();
        return facts == null || facts.legalName() == null ? eoi.organisationId().toString() : facts.legalName();
    }
}
