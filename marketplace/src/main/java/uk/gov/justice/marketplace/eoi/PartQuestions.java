package uk.gov.justice.marketplace.eoi;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import uk.gov.justice.marketplace.common.web.FormAnswers;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.common.web.Question.Kind;
import uk.gov.justice.marketplace.reference.AreaLayer;
import uk.gov.justice.marketplace.reference.Vocabulary;

/**
 * The questions of each part, in the reader's language, holding a form's values. The same list asks the questions,
 * shows the answers back and lines two versions up for the steward. Labels are keys eoi.q.[field] with optional
 * hints eoi.q.[field].hint.
 */
@Singleton
class PartQuestions {

    private final Vocabularies vocabularies;

    PartQuestions(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    List<Question> of(PartForm form, Locale locale, UnaryOperator<String> words) {
        Asking ask = new Asking(words, locale);
        if (form instanceof OrganisationForm f) {
            return organisation(ask, f);
        } else if (form instanceof ExclusionsForm f) {
            return List.of(
                    ask.yesNo("mandatoryGroundsApply", f.mandatoryGroundsApply()),
                    ask.yesNo("discretionaryGroundsApply", f.discretionaryGroundsApply()),
                    ask.text(Kind.TEXTAREA, "selfCleaning", f.selfCleaning()));
        } else if (form instanceof SelectionForm f) {
            return selection(ask, f);
        } else if (form instanceof ServicesForm f) {
            return List.of(
                    ask.terms("specialities", f.specialities(), vocabularies.specialities()),
                    ask.terms("cohorts", f.cohorts(), vocabularies.cohorts()),
                    ask.yesNo("welshLanguageService", f.welshLanguageService()),
                    ask.text(Kind.TEXTAREA, "qualityMarks", f.qualityMarks()));
        } else if (form instanceof CoverageForm f) {
            return coverage(ask, f);
        } else if (form instanceof CapacityForm f) {
            return capacity(ask, f);
        }
        return evidence(ask, (EvidenceForm) form);
    }

    private static List<Question> organisation(Asking ask, OrganisationForm f) {
        return List.of(
                ask.text(Kind.TEXT, "legalName", f.legalName()),
                ask.choice(Kind.RADIOS, "legalForm", f.legalForm(), OrganisationFacts.LegalForm.values()),
                ask.text(Kind.TEXT, "registrationNumber", f.registrationNumber()),
                ask.text(Kind.TEXTAREA, "address", f.address()),
                ask.text(Kind.TEXT, "contactName", f.contactName()),
                ask.text(Kind.EMAIL, "contactEmail", f.contactEmail()),
                ask.text(Kind.TEL, "contactPhone", f.contactPhone()),
                ask.choice(Kind.RADIOS, "incomeBand", f.incomeBand(), OrganisationFacts.IncomeBand.values()),
                ask.choice(Kind.RADIOS, "staffBand", f.staffBand(), OrganisationFacts.StaffBand.values()),
                ask.yesNo("vcse", f.vcse()));
    }

    private static List<Question> selection(Asking ask, SelectionForm f) {
        return List.of(
                ask.text(Kind.TEXTAREA, "relevantExperience", f.relevantExperience()),
                ask.text(Kind.TEXTAREA, "financialStanding", f.financialStanding()),
                ask.text(Kind.MONEY, "employersLiabilityCover", f.employersLiabilityCover()),
                ask.text(Kind.MONEY, "publicLiabilityCover", f.publicLiabilityCover()),
                ask.yesNo("safeguardingPolicy", f.safeguardingPolicy()),
                ask.yesNo("equalityPolicy", f.equalityPolicy()),
                ask.yesNo("dataProtectionPolicy", f.dataProtectionPolicy()),
                ask.yesNo("whistleblowingPolicy", f.whistleblowingPolicy()));
    }

    private List<Question> coverage(Asking ask, CoverageForm form) {
        List<Question> questions = new ArrayList<>();
        List<AreaLayer> widestFirst =
                List.of(AreaLayer.PROBATION_REGION, AreaLayer.CONTRACT_PACKAGE_AREA, AreaLayer.POLICE_FORCE_AREA);
        for (AreaLayer layer : widestFirst) {
            List<Option> options = vocabularies.areas().inLayer(layer).stream()
                    .map(a -> new Option(a.code(), a.name().in(ask.locale())))
                    .toList();
            Question group = Question.choice(
                    Kind.CHECKBOXES,
                    "areas",
                    ask.words().apply("eoi.q.areas." + layer),
                    form.areas() == null ? List.of() : form.areas(),
                    options);
            questions.add(
                    layer == AreaLayer.PROBATION_REGION
                            ? group.withHint(ask.words().apply("eoi.q.areas.hint"))
                            : group.withId("areas-" + layer.code()));
        }
        questions.add(ask.choice(Kind.RADIOS, "riskAppetite", form.riskAppetite(), Coverage.RiskAppetite.values()));
        return questions;
    }

    private List<Question> capacity(Asking ask, CapacityForm form) {
        List<Question> questions = new ArrayList<>();
        List<String> areas = form.area() == null ? List.of() : form.area();
        for (int i = 0; i < areas.size(); i++) {
            String code = areas.get(i);
            String name = vocabularies
                    .areas()
                    .find(code)
                    .map(a -> a.name().in(ask.locale()))
                    .orElse(code);
            String people = form.people() != null && i < form.people().size()
                    ? form.people().get(i)
                    : null;
            questions.add(Question.of(Kind.HIDDEN, "area", null, code).withId("area-" + code));
            questions.add(
                    Question.of(Kind.NUMBER, "people", ask.words().apply("eoi.q.peoplePerYear") + " " + name, people)
                            .withId(CapacityForm.fieldOf(code)));
        }
        return questions;
    }

    /** The results given so far and one empty row for another. */
    private List<Question> evidence(Asking ask, EvidenceForm form) {
        List<Question> questions = new ArrayList<>(List.of(
                ask.text(Kind.TEXTAREA, "caseStudies", form.caseStudies()),
                ask.text(Kind.TEXTAREA, "outcomeFigures", form.outcomeFigures())));
        for (int row = 0; row <= form.rows(); row++) {
            String result = ask.words().apply("eoi.q.jdl") + " " + (row + 1) + ": ";
            questions.add(ask.cell(Kind.NUMBER, "jdlCohortSize", result, form.cell(form.jdlCohortSize(), row), row));
            questions.add(ask.cell(
                    Kind.NUMBER, "jdlReoffendingRate", result, form.cell(form.jdlReoffendingRate(), row), row));
            questions.add(ask.cell(
                    Kind.NUMBER, "jdlControlGroupRate", result, form.cell(form.jdlControlGroupRate(), row), row));
            questions.add(ask.yesNo("jdlSignificant", form.cell(form.jdlSignificant(), row))
                    .withLabel(result + ask.words().apply("eoi.q.jdlSignificant"))
                    .withId(EvidenceForm.fieldOf(row + 1, "jdlSignificant")));
        }
        return questions;
    }

    /** Builds questions for one reader. */
    private record Asking(UnaryOperator<String> words, Locale locale) {

        Question text(Kind kind, String name, String value) {
            return hinted(Question.of(kind, name, words.apply("eoi.q." + name), value));
        }

        /** One input in a numbered row of a repeating group (a Justice Data Lab result). */
        Question cell(Kind kind, String name, String rowLabel, String value, int row) {
            return text(kind, name, value)
                    .withLabel(rowLabel + words.apply("eoi.q." + name))
                    .withId(EvidenceForm.fieldOf(row + 1, name));
        }

        Question yesNo(String name, String value) {
            return hinted(Question.choice(
                    Kind.RADIOS,
                    name,
                    words.apply("eoi.q." + name),
                    value == null ? List.of() : List.of(value),
                    List.of(
                            new Option(FormAnswers.YES, words.apply("answer.yes")),
                            new Option(FormAnswers.NO, words.apply("answer.no")))));
        }

        Question choice(Kind kind, String name, String value, Enum<?>[] choices) {
            List<Option> options = Arrays.stream(choices)
                    .map(c -> new Option(c.name(), words.apply(name + "." + c.name())))
                    .toList();
            return hinted(Question.choice(
                    kind, name, words.apply("eoi.q." + name), value == null ? List.of() : List.of(value), options));
        }

        Question terms(String name, List<String> chosen, Vocabulary vocabulary) {
            List<Option> options = vocabulary.all().stream()
                    .map(t -> new Option(t.code(), t.label().in(locale)))
                    .toList();
            return hinted(Question.choice(Kind.CHECKBOXES, name, words.apply("eoi.q." + name), chosen, options));
        }

        private Question hinted(Question question) {
            String key = "eoi.q." + question.name() + ".hint";
            String hint = words.apply(key);
            return key.equals(hint) ? question : question.withHint(hint);
        }
    }
}
