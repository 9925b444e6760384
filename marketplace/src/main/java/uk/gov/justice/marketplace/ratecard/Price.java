package uk.gov.justice.marketplace.ratecard;

import java.time.Instant;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;

/** One unit price a service has had or will have: the amount excluding VAT, how VAT applies, who set it and when. */
public record Price(Money unitPrice, VatTreatment vat, Instant setAt, UUID setBy) {}
