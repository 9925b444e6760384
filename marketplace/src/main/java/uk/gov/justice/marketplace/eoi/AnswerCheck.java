package uk.gov.justice.marketplace.eoi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * Collects what is missing or wrong in one part, naming each field with the part's prefix
 * (organisation.legalName) and why, as a message key (error.eoi.missing); pages label the field with its question.
 */
final class AnswerCheck {

    private static final String MISSING = "missing";

    private final EoiPart part;
    private final List<InvalidInput> problems = new ArrayList<>();

    AnswerCheck(EoiPart part) {
        this.part = part;
    }

    void required(String field, Object answer) {
        boolean blank = answer == null
                || (answer instanceof String text && text.isBlank())
                || (answer instanceof Collection<?> list && list.isEmpty());
        if (blank) {
            missing(field);
        }
    }

    void missing(String field) {
        refuse(field, MISSING);
    }

    void text(String field, String answer, int maxLength) {
        required(field, answer);
        if (answer != null && answer.length() > maxLength) {
            refuse(field, "tooLong");
        }
    }

    void refuse(String field, String reason) {
        String name = part.field() + "." + field;
        problems.add(new InvalidInput(name, "error.eoi." + reason));
    }

    /** An answer not given yet, which a draft may leave out (rather than one given but wrong). */
    static boolean isMissing(InvalidInput problem) {
        return problem.getMessage().equals("error.eoi." + MISSING);
    }

    List<InvalidInput> problems() {
        return List.copyOf(problems);
    }
}
