package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

@MarketplaceTest
class RegisteringThroughTheApiTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Test
    void a_charity_registers_and_its_first_user_becomes_its_admin() {
        HttpAnswer answer = portal.api()
                .post(
                        "/api/registrations",
                        """
                {"organisationName": "Cardiff Women's Aid", "registrationNumber": "1123456",
                 "fullName": "Eleri Jones", "email": "Eleri@CardiffWomensAid.org.uk",
                 "password": "a long enough passphrase", "confirmPassword": "a long enough passphrase"}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body())
                .contains("\"organisationKind\":\"VCSE_PROVIDER\"")
                .contains("\"email\":\"eleri@cardiffwomensaid.org.uk\"")
                .contains("ORGANISATION_ADMIN");
    }

    @Test
    void every_missing_answer_is_named_in_one_problem() {
        HttpAnswer answer = portal.api().post("/api/registrations", "{}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains(
                        "\"field\":\"organisationName\"",
                        "\"field\":\"fullName\"",
                        "\"field\":\"email\"",
                        "\"field\":\"password\"",
                        "Enter your organisation's name");
    }

    @Test
    void an_email_already_registered_is_refused_and_the_first_registration_is_kept() {
        String body =
                """
                {"organisationName": "%s", "fullName": "Sam Patel", "email": "sam@example.org",
                 "password": "correct horse battery", "confirmPassword": "correct horse battery"}""";
        assertThat(portal.api()
                        .post("/api/registrations", body.formatted("Leeds Mentoring Trust"))
                        .status())
                .isEqualTo(201);

        HttpAnswer second = portal.api().post("/api/registrations", body.formatted("Another Trust"));

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.body()).contains("\"field\":\"email\"", "An account already exists");
    }

    @Test
    void malformed_json_is_a_problem_not_a_server_error() {
        HttpAnswer answer = portal.api().post("/api/registrations", "{\"organisationName\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_api_asks_for_a_token_when_none_is_sent() {
        HttpAnswer answer = portal.api().get("/api/me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
