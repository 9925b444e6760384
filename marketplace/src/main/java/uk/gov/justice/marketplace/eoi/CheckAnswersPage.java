package uk.gov.justice.marketplace.eoi;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;

/** Check your answers: every part's questions with the answers given and a link to change each. */
record CheckAnswersPage(List<AnswerSection> sections, boolean editable, FormErrors errors) {

    record AnswerSection(String title, List<AnswerRow> rows) {}

    record AnswerRow(String question, String answer, String changeHref) {}
}
