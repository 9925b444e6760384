package uk.gov.justice.marketplace.supplychain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.math.BigDecimal;

/** The limits a new service starts with, until the steward sets its own (then the steward's are kept). */
@ConfigurationProperties("marketplace.stewardship")
record StewardshipSettings(
        @Bindable(defaultValue = "30") BigDecimal maxRiskTransferPercent,
        @Bindable(defaultValue = "30") int maxPaymentTermsDays,
        @Bindable(defaultValue = "25") BigDecimal minVcseSharePercent) {

    StewardshipLimits limits() {
        return new StewardshipLimits(maxRiskTransferPercent, maxPaymentTermsDays, minVcseSharePercent);
    }
}
