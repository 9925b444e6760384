package uk.gov.justice.marketplace.cocommissioning;

import java.util.UUID;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;

/**
 * Someone signing a version for a funder: the organisation they act for, the funder they name, and what the
 * version says. {@link #RULES}: a funder signs only for itself, and only a funder of that version signs.
 */
record SignOff(UUID signersOrganisation, UUID funderId, AgreementTerms terms) {

    static final Policies<SignOff> RULES = Policies.of(
            Policy.onField(
                    "funderId",
                    "cocommissioning.error.sign.ownOrganisation",
                    s -> s.funderId == null || s.funderId.equals(s.signersOrganisation)),
            Policy.onField(
                    "funderId",
                    "cocommissioning.error.sign.notAFunder",
                    s -> s.funderId == null || s.terms.isFunder(s.funderId)));
}
