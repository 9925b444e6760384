package uk.gov.justice.marketplace.ratecard;

import java.time.Instant;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;

/** One version of the steward's guide price for a speciality and unit; the latest applies, every one is kept. */
public record GuidePrice(
        String speciality, Unit unit, int version, Money amount, Instant setAt, UUID setBy, String reason) {}
