package uk.gov.justice.marketplace.cocommissioning;

import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;

/** A budget opened for an agreement: pooled (held by the host) or one funder's aligned line, for one year. */
public record AgreementBudget(UUID agreementId, UUID holderId, FinancialYear year, UUID budgetId) {}
