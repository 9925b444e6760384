package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

/** The steward's guide prices: the one in force for each speciality and unit, its history, and the form. */
record GuidePricesPage(List<GuideRow> guides, List<Question> form, FormErrors errors, @Nullable String banner) {

    /** One version of a guide price; the latest of each speciality and unit is marked in force. */
    record GuideRow(String speciality, String unit, String version, String amount, String setOn, String reason) {}
}
