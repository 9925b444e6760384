package uk.gov.justice.marketplace.order;

import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;

/**
 * A pound of spend: an invoice the commissioner confirmed, charged to a budget, on the day it was confirmed. Spend
 * is only ever what was confirmed (issue 13).
 */
public record ConfirmedSpend(
        UUID invoiceId,
        UUID orderId,
        UUID budgetId,
        UUID serviceId,
        UUID providerId,
        String area,
        LocalDate spentOn,
        Money amount) {}
