package uk.gov.justice.marketplace.eoi;

import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

import java.util.List;

/** One part of the EoI asked as a form, with what was typed and its errors. */
record PartPage(String title, String action, List<Question> questions, FormErrors errors) {
}
