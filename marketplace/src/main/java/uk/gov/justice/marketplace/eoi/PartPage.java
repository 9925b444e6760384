package uk.gov.justice.marketplace.eoi;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

/** One part of the EoI asked as a form, with what was typed and its errors. */
record PartPage(String title, String action, List<Question> questions, FormErrors errors) {}
