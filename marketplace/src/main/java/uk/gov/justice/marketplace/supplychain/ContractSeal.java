package uk.gov.justice.marketplace.supplychain;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.contracts.PlatformCertificate;

import java.time.Clock;
import java.util.Base64;

/**
 * The certificate signed contracts are sealed with: a PKCS#12 file given in the environment (base64 in
 * MARKETPLACE_CONTRACTS_SEAL_P12, its password in MARKETPLACE_CONTRACTS_SEAL_PASSWORD), or for development a
 * self-signed one made at start-up, which verifies but proves nothing about who sealed it.
 */
@Factory
class ContractSeal {

    private static final Logger LOG = LoggerFactory.getLogger(ContractSeal.class);

    @Singleton
    PlatformCertificate platformCertificate(Clock clock,
                                            @Nullable @Value("${marketplace.contracts.seal-p12:}") String p12,
                                            @Nullable @Value("${marketplace.contracts.seal-password:}") String pass) {
        if (p12 == null || p12.isBlank()) {
            LOG.warn("Contracts are sealed with a self-signed development certificate: set "
                    + "MARKETPLACE_CONTRACTS_SEAL_P12 and MARKETPLACE_CONTRACTS_SEAL_PASSWORD in production");
            return PlatformCertificate.selfSigned("Marketplace for Rehabilitation Services", clock);
        }
        return PlatformCertificate.fromPkcs12(Base64.getDecoder().decode(p12.trim()),
                pass == null ? new char[0] : pass.toCharArray());
    }
}
