package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Who may call what, endpoint by endpoint (HMPPS Refer & Monitor's authorisation lists). OWN is the caller's
 * organisation, OTHER someone else's.
 */
@MarketplaceTest
class ApiAuthorisationTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private Map<String, String> tokens;
    private Map<String, String> organisations;

    @BeforeAll
    void people() {
        String admin = accounts.providerAdmin("Gwent Women's Centre");
        String member = accounts.providerMember("Gwent Women's Centre");
        String other = accounts.providerAdmin("Leeds Mentoring Trust");
        String steward = accounts.steward();
        tokens = Map.of(
                "provider-admin",
                accounts.tokenFor(admin),
                "provider-member",
                accounts.tokenFor(member),
                "commissioner",
                accounts.tokenFor(accounts.commissioner("Gwent Police and Crime Commissioner")),
                "steward",
                accounts.tokenFor(steward));
        organisations = Map.of(
                "OWN",
                accounts.viewer(admin).organisationId().toString(),
                "OTHER",
                accounts.viewer(other).organisationId().toString());
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
        "GET,  /api/me,                       anonymous,       401",
        "GET,  /api/me,                       provider-member, 200",
        "GET,  /api/organisations,            provider-admin,  403",
        "GET,  /api/organisations,            commissioner,    403",
        "GET,  /api/organisations,            steward,         200",
        "GET,  /api/organisations/OWN,        provider-member, 200",
        "GET,  /api/organisations/OTHER,      provider-admin,  403",
        "GET,  /api/organisations/OTHER,      steward,         200",
        "GET,  /api/organisations/OWN/users,  provider-admin,  200",
        "GET,  /api/organisations/OWN/users,  provider-member, 403",
        "GET,  /api/organisations/OTHER/users, provider-admin, 403",
        "POST, /api/organisations/OTHER/invitations, provider-admin, 403",
        "POST, /api/organisations/OWN/invitations,   provider-member, 403",
        "POST, /api/organisations,            provider-admin,  403",
        "GET,  /api/audit,                    anonymous,       401",
        "GET,  /api/audit,                    provider-admin,  403",
        "GET,  /api/audit,                    commissioner,    403",
        "GET,  /api/audit,                    steward,         200",
        "GET,  /api/audit/verification,       provider-admin,  403",
        "GET,  /api/audit/verification,       steward,         200",
        "GET,  /api/audit/checkpoints,        provider-admin,  403",
        "GET,  /api/audit/checkpoints,        steward,         200",
        "POST, /api/audit/checkpoints,        anonymous,       401",
        "POST, /api/audit/checkpoints,        provider-admin,  403",
        "POST, /api/audit/checkpoints,        steward,         201",
        "GET,  /api/areas,                    anonymous,       200",
    })
    void each_endpoint_answers_each_role_as_it_should(String method, String path, String role, int status) {
        String resolved = path.replace("OWN", organisations.get("OWN")).replace("OTHER", organisations.get("OTHER"));
        ApiClient api = "anonymous".equals(role) ? portal.api() : portal.api(tokens.get(role));

        int answered = "GET".equals(method)
                ? api.get(resolved).status()
                : api.post(resolved, "{\"email\": \"x@example.org\", \"fullName\": \"X\", \"roles\": [\"MEMBER\"]}")
                        .status();

        assertThat(answered).isEqualTo(status);
    }
}
