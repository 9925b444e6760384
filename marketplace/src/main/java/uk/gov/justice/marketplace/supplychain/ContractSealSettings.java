package uk.gov.justice.marketplace.supplychain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The platform's contract seal (a PKCS#12, base64, and its password: secrets, from the environment only) and the
 * certificates of retired seals that still verify the contracts they sealed (PEM, or base64 DER separated by
 * commas).
 */
@ConfigurationProperties("marketplace.contracts")
record ContractSealSettings(
        @Nullable String sealP12, @Nullable String sealPassword, @Nullable String sealTrustedCertificates) {}
