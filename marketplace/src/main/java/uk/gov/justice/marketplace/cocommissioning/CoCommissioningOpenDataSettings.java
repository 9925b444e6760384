package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How the co-commissioning open data names its contracting processes.
 *
 * @param ocidPrefix the OCDS ocid prefix the Open Contracting Partnership registers to a publisher ("ocds-" and six
 *     characters); every agreement's ocid is the prefix, a hyphen and the agreement's id
 */
@ConfigurationProperties("marketplace.open-data")
record CoCommissioningOpenDataSettings(@Bindable(defaultValue = "ocds-mrs000") String ocidPrefix) {}
