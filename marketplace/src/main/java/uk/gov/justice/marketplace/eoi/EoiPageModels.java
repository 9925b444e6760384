package uk.gov.justice.marketplace.eoi;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.FieldError;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.eoi.CheckAnswersPage.AnswerRow;
import uk.gov.justice.marketplace.eoi.CheckAnswersPage.AnswerSection;
import uk.gov.justice.marketplace.eoi.TaskListPage.Task;

/** Builds the provider's Expression of Interest pages from the aggregate, in the reader's language. */
@Singleton
class EoiPageModels {

    static final String PARTS = "/eoi/parts/";
    static final String CAPACITY = PARTS + "coverage/capacity";

    private final PartQuestions questions;
    private final Vocabularies vocabularies;
    private final Messages messages;

    EoiPageModels(PartQuestions questions, Vocabularies vocabularies, Messages messages) {
        this.questions = questions;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    static PartForm formOf(EoiPart part, EoiAnswers answers) {
        return switch (part) {
            case ORGANISATION -> OrganisationForm.of(answers.organisation());
            case EXCLUSIONS -> ExclusionsForm.of(answers.exclusions());
            case SELECTION -> SelectionForm.of(answers.selection());
            case SERVICES -> ServicesForm.of(answers.services());
            case COVERAGE -> CoverageForm.of(answers.coverage());
            case EVIDENCE -> EvidenceForm.of(answers.evidence());
        };
    }

    static String actionOf(PartForm form) {
        return form instanceof CapacityForm ? CAPACITY : PARTS + form.part().field();
    }

    TaskListPage taskList(Optional<ExpressionOfInterest> eoi, int evidenceFiles, String banner, Locale locale) {
        EoiVersion current = eoi.map(ExpressionOfInterest::current).orElse(EoiVersion.firstDraft());
        Map<EoiPart, PartProgress> progress = current.answers().progress(vocabularies);
        StewardDecision decision = current.status() == EoiStatus.CHANGES_REQUESTED ? current.decision() : null;
        List<Task> tasks = new ArrayList<>();
        for (EoiPart part : EoiPart.values()) {
            tasks.add(new Task(
                    words(locale).apply("eoi.part." + part.field()),
                    PARTS + part.field(),
                    progress.get(part),
                    decision == null ? null : decision.partComments().get(part)));
        }
        boolean editable = current.status().isEditable() || current.status() == EoiStatus.APPROVED;
        return new TaskListPage(
                messages.text("eoi.status." + current.status(), locale),
                current.number(),
                eoi.flatMap(ExpressionOfInterest::published)
                        .map(EoiVersion::number)
                        .orElse(null),
                editable,
                eoi.isPresent() && current.status().canMoveTo(EoiStatus.WITHDRAWN),
                tasks,
                decision == null ? null : decision.reason(),
                evidenceFiles,
                banner == null ? null : messages.text(banner, locale));
    }

    PartPage part(PartForm form, FormErrors errors, Locale locale) {
        List<Question> asked = questions.of(form, locale, words(locale)).stream()
                .map(q -> q.withError(errors.messageFor(q.id())))
                .toList();
        String title = words(locale)
                .apply(
                        form instanceof CapacityForm
                                ? "eoi.capacity.title"
                                : "eoi.part." + form.part().field());
        return new PartPage(title, actionOf(form), asked, errors);
    }

    /** Errors from a part's own page: each names the question so the summary reads on its own. */
    FormErrors partErrors(List<InvalidInput> problems, PartForm form, Locale locale) {
        List<Question> asked = questions.of(form, locale, words(locale));
        String prefix = form.part().field() + ".";
        return new FormErrors(problems.stream()
                .map(p -> {
                    String field = p.field().startsWith(prefix) ? p.field().substring(prefix.length()) : p.field();
                    return new FieldError(
                            field,
                            asked.stream()
                                            .filter(q -> q.id().equals(field))
                                            .findFirst()
                                            .map(q -> q.label() + ": ")
                                            .orElse("")
                                    + messages.text(p.getMessage(), locale));
                })
                .toList());
    }

    CheckAnswersPage checkAnswers(EoiAnswers answers, boolean editable, FormErrors errors, Locale locale) {
        List<AnswerSection> sections = new ArrayList<>();
        for (EoiPart part : EoiPart.values()) {
            List<AnswerRow> rows = shown(part, answers, locale).stream()
                    .map(q -> new AnswerRow(q.label(), q.display(), changeHref(part, q)))
                    .toList();
            sections.add(new AnswerSection(words(locale).apply("eoi.part." + part.field()), rows));
        }
        return new CheckAnswersPage(sections, editable, errors);
    }

    /** The questions of a part with their answers as shown back: no hidden fields, no empty extra rows. */
    List<Question> shown(EoiPart part, EoiAnswers answers, Locale locale) {
        List<Question> shown = new ArrayList<>(questions.of(formOf(part, answers), locale, words(locale)));
        if (part == EoiPart.COVERAGE) {
            shown.addAll(questions.of(CapacityForm.of(answers.coverage()), locale, words(locale)));
        }
        return shown.stream()
                .filter(Question::isShown)
                .filter(q -> !(q.name().startsWith("jdl") && q.values().isEmpty()))
                .toList();
    }

    /** Errors on submit, each linking to the question on its part's page. */
    FormErrors submitErrors(List<InvalidInput> problems, Locale locale) {
        UnaryOperator<String> words = words(locale);
        return new FormErrors(problems.stream()
                .map(p -> {
                    String[] partAndName = p.field().split("\\.", 2);
                    String partTitle = words.apply("eoi.part." + partAndName[0]);
                    String reason = messages.text(p.getMessage(), locale);
                    if (partAndName.length == 1) {
                        return new FieldError(PARTS + partAndName[0], partTitle + ": " + reason);
                    }
                    String name = partAndName[1];
                    return new FieldError(
                            submitHref(partAndName[0], name),
                            partTitle + ": " + words.apply(labelKeyOf(name)) + ": " + reason);
                })
                .toList());
    }

    UnaryOperator<String> words(Locale locale) {
        return key -> messages.text(key, locale);
    }

    private static String changeHref(EoiPart part, Question q) {
        return (q.name().equals("people") ? CAPACITY : PARTS + part.field()) + "#" + q.id();
    }

    private static String submitHref(String part, String name) {
        return switch (name) {
            case "peoplePerYear" -> CAPACITY;
            case "justiceDataLab" -> PARTS + part + "#" + EvidenceForm.fieldOf(1, "jdlCohortSize");
            default -> PARTS + part + "#" + name;
        };
    }

    private static String labelKeyOf(String name) {
        return switch (name) {
            case "justiceDataLab" -> "eoi.q.jdl";
            case "areas" -> "eoi.q.areas.legend";
            default -> "eoi.q." + name;
        };
    }
}
