package uk.gov.justice.marketplace.ratecard;

import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;

/**
 * What happened on the rate card, in the past tense, with who did it, when and in what words; each becomes one
 * audit entry (RateCardAudit). Service events name the service; a guide price names its speciality and unit.
 */
public sealed interface RateCardEvent {

    Cause cause();

    record ServiceDrafted(UUID serviceId, Cause cause) implements RateCardEvent {}

    record ServiceChanged(UUID serviceId, Cause cause) implements RateCardEvent {}

    record PriceSet(
            UUID serviceId, Cause cause, int version, Money unitPrice, VatTreatment vat, LocalDate effectiveFrom)
            implements RateCardEvent {}

    record ServicePublished(UUID serviceId, Cause cause) implements RateCardEvent {}

    /** The cause's reason is the provider's own words for withdrawing it. */
    record ServiceWithdrawn(UUID serviceId, Cause cause) implements RateCardEvent {}

    /** The cause's reason is the steward's own words for the guide price. */
    record GuidePriceSet(String speciality, Unit unit, int version, Money amount, Cause cause)
            implements RateCardEvent {}
}
