package uk.gov.justice.marketplace.supplychain;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.RunMode;
import uk.gov.justice.marketplace.contracts.ContractVerification;
import uk.gov.justice.marketplace.contracts.PlatformCertificate;
import uk.gov.justice.marketplace.contracts.TrustAnchors;

/**
 * The certificate signed contracts are sealed with, and the only certificates a sealed contract is verified
 * against. Made at start-up, so a missing or unreadable seal stops the service before it takes a request: outside
 * development there is no fallback, because a self-signed seal made on the spot proves nothing about who sealed a
 * contract and changes at every restart.
 */
@Factory
class ContractSeal {

    static final String MISSING = "No contract seal is configured: set MARKETPLACE_CONTRACTS_SEAL_P12 (a PKCS#12 "
            + "file, base64) and MARKETPLACE_CONTRACTS_SEAL_PASSWORD. For a developer's machine only, "
            + "MARKETPLACE_DEVELOPMENT=true (or --demo) seals with a self-signed development certificate instead.";

    private static final Logger LOG = LoggerFactory.getLogger(ContractSeal.class);

    @Context
    PlatformCertificate platformCertificate(Clock clock, ContractSealSettings settings, RunMode mode) {
        if (settings.sealP12() == null || settings.sealP12().isBlank()) {
            if (!mode.development()) {
                LOG.error(MISSING);
                throw new IllegalStateException(MISSING);
            }
            LOG.warn("Contracts are sealed with a self-signed development certificate that changes at every start: "
                    + "set MARKETPLACE_CONTRACTS_SEAL_P12 and MARKETPLACE_CONTRACTS_SEAL_PASSWORD in production");
            return PlatformCertificate.selfSigned("Marketplace for Rehabilitation Services", clock);
        }
        return PlatformCertificate.fromPkcs12(
                Base64.getMimeDecoder().decode(settings.sealP12().trim()),
                settings.sealPassword() == null
                        ? new char[0]
                        : settings.sealPassword().toCharArray());
    }

    /** The current seal and every retired one configured as still trusted. */
    @Context
    ContractVerification verification(PlatformCertificate seal, ContractSealSettings settings) {
        List<X509Certificate> trusted = new ArrayList<>();
        trusted.add(seal.certificate());
        trusted.addAll(TrustAnchors.parse(settings.sealTrustedCertificates()));
        return new ContractVerification(trusted);
    }
}
