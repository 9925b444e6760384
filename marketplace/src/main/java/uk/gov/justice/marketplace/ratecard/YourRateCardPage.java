package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A provider's own rate card: every service it keeps, drafts included, with its status and price today. */
record YourRateCardPage(List<ServiceRow> services, @Nullable String banner) {

    /** One of the provider's services in the list. */
    record ServiceRow(String title, String href, String status, String priceToday) {}
}
