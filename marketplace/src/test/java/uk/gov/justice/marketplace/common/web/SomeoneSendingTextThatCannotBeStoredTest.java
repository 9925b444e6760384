package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HostileValues;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * Text nobody types (NUL, a lone surrogate, control characters) or far too long is refused naming its field, in
 * the API as problem+json and in the portal as the form again with its error summary; nothing is stored.
 */
@MarketplaceTest
class SomeoneSendingTextThatCannotBeStoredTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void a_registration_with_a_nul_in_the_organisation_name_is_refused_naming_that_field() {
        HttpAnswer answer = portal.api().post("/api/registrations", registration("Nul\\u0000 Trust", "nul"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"organisationName\"", "characters that cannot be stored");
    }

    @Test
    void a_lone_surrogate_or_a_control_character_is_refused_naming_the_field() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Surrogate Leads Ltd")));

        HttpAnswer surrogate = lead.post("/api/shortlists", "{\"name\": \"bid \\ud800\"}");
        HttpAnswer escape = lead.post("/api/shortlists", "{\"name\": \"bid \\u001b[2J\"}");

        assertThat(surrogate.status()).isEqualTo(422);
        assertThat(surrogate.body()).contains("\"field\":\"name\"");
        assertThat(escape.status()).isEqualTo(422);
        assertThat(escape.body()).contains("\"field\":\"name\"");
        assertThat(lead.get("/api/shortlists").body()).doesNotContain("bid");
    }

    @Test
    void a_hundred_thousand_characters_are_refused_naming_the_field() {
        HttpAnswer answer = portal.api().post("/api/registrations", registration("x".repeat(100_000), "long"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"organisationName\"");
    }

    @Test
    void tabs_and_new_lines_in_a_long_answer_are_kept() {
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Tabbed Answers CIC")));

        HttpAnswer saved = provider.put(
                "/api/eoi/parts/evidence", "{\"caseStudies\": \"First\\tcase.\\r\\nSecond case.\\nThird.\"}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("First\\tcase.\\r\\nSecond case.\\nThird.");
    }

    @Test
    void a_nul_inside_a_list_of_codes_is_refused_not_stored() {
        String admin = accounts.providerAdmin("Listed Roles CIC");
        ApiClient provider = portal.api(accounts.tokenFor(admin));
        String organisation =
                provider.get("/api/me").body().replaceAll("(?s).*?\"organisationId\":\"([^\"]+)\".*", "$1");

        HttpAnswer answer = provider.post(
                "/api/organisations/" + organisation + "/invitations",
                "{\"email\": \"colleague@listed.example.org\", \"fullName\": \"Rhys Evans\", "
                        + "\"roles\": [\"MEM\\u0000BER\"]}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"roles\"");
    }

    @Test
    void a_nul_in_an_area_key_is_refused_not_stored() {
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Keyed Answers CIC")));

        HttpAnswer answer = provider.put(
                "/api/eoi/parts/coverage", "{\"areas\": [\"gwent\"], \"peoplePerYear\": {\"gw\\u0000ent\": 5}}");

        assertThat(answer.status()).isEqualTo(422);
    }

    @Test
    void an_eoi_part_of_null_is_refused_naming_the_part() {
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Null Parts CIC")));

        HttpAnswer answer = provider.put("/api/eoi/parts/organisation", "null");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"organisation\"");
    }

    @Test
    void an_unknown_charset_is_no_server_error_and_a_caller_who_may_not_save_parts_hears_that_first() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Charset Leads Ltd")));
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Charset Providers CIC")));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        HttpAnswer stranger =
                lead.send("PUT", "/api/eoi/parts/organisation", "application/json; charset=nonsense", body);
        HttpAnswer owner =
                provider.send("PUT", "/api/eoi/parts/organisation", "application/json; charset=nonsense", body);

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(owner.status()).as("JSON is UTF-8 whatever the header says").isLessThan(500);
    }

    @Test
    void the_portal_leaves_out_characters_a_person_pasted_without_seeing_them() {
        PortalClient visitor = portal.newBrowser();
        visitor.get("/register");

        HttpAnswer registered = visitor.post(
                "/register",
                Map.of(
                        "organisationName",
                        "Pasted\u0000 Trust\u0007",
                        "fullName",
                        "Eleri\uD800 Jones",
                        "email",
                        "eleri@pasted.example.org",
                        "password",
                        Accounts.PASSWORD,
                        "confirmPassword",
                        Accounts.PASSWORD));

        assertThat(registered.status()).isEqualTo(303);
        assertThat(visitor.get("/dashboard").body()).contains("Pasted Trust").doesNotContain("\u0000");
    }

    @Test
    void the_portal_keeps_what_was_typed_when_an_answer_is_too_long() {
        PortalClient visitor = portal.newBrowser();
        visitor.get("/register");

        HttpAnswer refused = visitor.post(
                "/register",
                Map.of(
                        "organisationName",
                        "x".repeat(5_000),
                        "fullName",
                        "Eleri Jones",
                        "email",
                        "eleri@long.example.org"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "href=\"#organisationName\"", "value=\"Eleri Jones\"");
    }

    @Test
    void the_portal_refuses_a_hundred_thousand_characters_with_an_error_page() {
        PortalClient visitor = portal.newBrowser();
        visitor.get("/register");

        HttpAnswer refused = visitor.post(
                "/register",
                Map.of(
                        "organisationName",
                        HostileValues.TEXTS.get(4),
                        "fullName",
                        "Eleri Jones",
                        "email",
                        "eleri@longer.example.org"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("text/html");
    }

    private static String registration(String organisationName, String who) {
        return """
                {"organisationName": "%s", "fullName": "Eleri Jones", "email": "%s@example.org",
                 "password": "%s", "confirmPassword": "%s"}"""
                .formatted(organisationName, who, Accounts.PASSWORD, Accounts.PASSWORD);
    }
}
