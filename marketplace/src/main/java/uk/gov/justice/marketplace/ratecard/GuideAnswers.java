package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.reference.Specialities;

/** What the steward typed for a guide price, judged before it is kept: a known speciality, a unit, pounds, why. */
record GuideAnswers(
        @Nullable String speciality,
        @Nullable Unit unit,
        @Nullable BigDecimal amount,
        @Nullable String reason,
        Specialities specialities) {

    static final int LONGEST_REASON = 2000;

    static final Policy<GuideAnswers> KNOWN_SPECIALITY =
            Policy.onField("speciality", "ratecard.error.speciality", g -> g.specialities()
                    .find(g.speciality())
                    .isPresent());

    static final Policy<GuideAnswers> UNIT_CHOSEN =
            Policy.onField("unit", "ratecard.error.unit", g -> g.unit() != null);

    static final Policy<GuideAnswers> POUNDS_AND_PENCE = Policy.onField(
            "amount",
            "ratecard.error.unitPrice",
            g -> g.amount() != null
                    && g.amount().signum() > 0
                    && g.amount().stripTrailingZeros().scale() <= 2);

    static final Policy<GuideAnswers> REASON_GIVEN = Policy.onField(
            "reason",
            "ratecard.error.guideReason",
            g -> g.reason() != null && !g.reason().isBlank() && g.reason().length() <= LONGEST_REASON);

    /** The rules of setting a guide price, in the order they are reported. */
    static final Policies<GuideAnswers> RULES =
            Policies.of(KNOWN_SPECIALITY, UNIT_CHOSEN, POUNDS_AND_PENCE, REASON_GIVEN);
}
