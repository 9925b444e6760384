package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A service on the rate card as anyone reads it: what it is, where and how much of it, its price today (and
 * whether that is above the steward's guide price, with the provider's reason), its evidence and every price it
 * has had or will have; while published, where a commissioner goes to order it.
 */
record ServicePage(
        String title,
        String providerName,
        String description,
        String status,
        boolean withdrawn,
        List<Row> facts,
        List<AreaRow> areas,
        @Nullable String priceToday,
        @Nullable String guidePrice,
        boolean aboveGuide,
        @Nullable String aboveGuideReason,
        List<EvidenceLink> evidence,
        List<PriceRow> prices,
        @Nullable String orderHref) {

    /** A fact about the service, as a summary-list row. */
    record Row(String key, String value) {}

    /** A served area and its capacity per period, in words. */
    record AreaRow(String area, String capacity) {}

    /** An evidence file of the provider's approved EoI (readable when signed in). */
    record EvidenceLink(String fileName, String href) {}

    /** One price in the history, shared with the provider's own page. */
    record PriceRow(String version, String unitPrice, String vat, String effectiveFrom, boolean inForce) {}
}
