package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import uk.gov.justice.marketplace.common.DatedHistory;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.VatTreatment;

/**
 * A unit price a provider means to set, judged beside the prices the service already has and today's date. A
 * price never takes effect before today, so no order already placed can find its price changed under it, and never
 * on or before the day of the latest price, so every price ever in force stays in the history as it was.
 */
record NewPrice(
        @Nullable Money unitPrice,
        @Nullable VatTreatment vat,
        @Nullable LocalDate effectiveFrom,
        LocalDate today,
        DatedHistory<Price> history) {

    static final Policy<NewPrice> MORE_THAN_NOTHING = Policy.onField(
            "unitPrice",
            "ratecard.error.unitPrice",
            p -> p.unitPrice() != null
                    && Money.GBP.equals(p.unitPrice().currency())
                    && p.unitPrice().amount().signum() > 0);

    static final Policy<NewPrice> VAT_CHOSEN = Policy.onField("vat", "ratecard.error.vat", p -> p.vat() != null);

    static final Policy<NewPrice> DATED =
            Policy.onField("effectiveFrom", "ratecard.error.effectiveFrom", p -> p.effectiveFrom() != null);

    static final Policy<NewPrice> NOT_BACKDATED = Policy.onField(
            "effectiveFrom",
            "ratecard.error.backdated",
            p -> p.effectiveFrom() == null || !p.effectiveFrom().isBefore(p.today()));

    static final Policy<NewPrice> AFTER_THE_LATEST_PRICE = Policy.onField(
            "effectiveFrom",
            "ratecard.error.notAfterLatestPrice",
            p -> p.effectiveFrom() == null
                    || p.history()
                            .latest()
                            .filter(latest -> !p.effectiveFrom().isAfter(latest.effectiveFrom()))
                            .isEmpty());

    /** The rules of setting a price, in the order they are reported. */
    static final Policies<NewPrice> RULES =
            Policies.of(MORE_THAN_NOTHING, VAT_CHOSEN, DATED, NOT_BACKDATED, AFTER_THE_LATEST_PRICE);
}
