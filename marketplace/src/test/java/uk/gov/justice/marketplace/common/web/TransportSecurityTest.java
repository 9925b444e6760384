package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Secure cookies and HSTS follow from where the service is reached, unless an operator says otherwise. */
class TransportSecurityTest {

    @ParameterizedTest(name = "{0} with MARKETPLACE_SESSION_SECURE_COOKIES={1}: behind TLS {2}")
    @CsvSource({
        "http://localhost:8080,                 auto,  false",
        "http://127.0.0.1:8080,                 auto,  false",
        "http://[::1]:8080,                     auto,  false",
        "https://localhost:8443,                auto,  true",
        "https://marketplace.example.gov.uk,    auto,  true",
        "http://marketplace.internal:8080,      auto,  true",
        "http://10.0.0.7,                       auto,  true",
        "https://marketplace.example.gov.uk,    false, false",
        "http://localhost:8080,                 true,  true",
        "http://localhost:8080,                 '',    false",
    })
    void the_public_address_decides_unless_overridden(String publicUrl, String override, boolean behindTls) {
        assertThat(TransportSecurity.behindTls(publicUrl, override)).isEqualTo(behindTls);
    }
}
