package uk.gov.justice.marketplace.ratecard;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/**
 * Services side by side: one column per service, one row per term (price, capacity left, lead time, outcomes, the
 * Justice Data Lab result), and the chosen services as boxes to untick and compare again.
 */
public record RateCardComparePage(
        List<Column> columns, List<Row> rows, List<Option> chosen, List<String> ticked, FormErrors errors) {

    public record Column(String title, String href) {}

    public record Row(String term, List<String> values) {}
}
