package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** An organisation admin looks after colleagues' accounts: roles and deactivation, in the portal and the API. */
@MarketplaceTest
class AdminManagingColleaguesTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        assertThat(browser.signIn(email, Accounts.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    private String userPath(String email) {
        return "/organisation/users/" + accounts.viewer(email).userId();
    }

    private String apiUserPath(String email) {
        Viewer user = accounts.viewer(email);
        return "/api/organisations/" + user.organisationId() + "/users/" + user.userId();
    }

    @Test
    void an_admin_deactivates_a_colleague_after_confirming_and_the_colleague_is_signed_out_at_once() {
        String adminEmail = accounts.providerAdmin("Gwent Women's Centre");
        String colleagueEmail = accounts.providerMember("Gwent Women's Centre");
        PortalClient colleague = signedIn(colleagueEmail);
        String colleagueToken = accounts.tokenFor(colleagueEmail);
        assertThat(colleague.get("/dashboard").status()).isEqualTo(200);
        PortalClient admin = signedIn(adminEmail);

        HttpAnswer confirm = admin.get(userPath(colleagueEmail) + "/deactivation");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.heading()).isEqualTo("Are you sure you want to deactivate this user?");
        assertThat(confirm.body()).contains(colleagueEmail);
        HttpAnswer done = admin.post(userPath(colleagueEmail) + "/deactivation", Map.of());

        assertThat(done.location()).isEqualTo("/organisation/users?done=deactivated");
        assertThat(admin.get(done.location()).body()).contains("User deactivated", "Deactivated");
        assertThat(colleague.get("/dashboard").location()).startsWith("/sign-in");
        assertThat(portal.newBrowser().signIn(colleagueEmail, Accounts.PASSWORD).status())
                .isEqualTo(422);
        assertThat(portal.api(colleagueToken).get("/api/me").status()).isEqualTo(401);
        assertThat(audit("user.deactivated")).contains(colleagueEmail, adminEmail);
    }

    @Test
    void a_colleague_deactivated_by_mistake_is_reactivated_with_their_password_but_not_their_old_sessions_or_tokens() {
        String adminEmail = accounts.providerAdmin("Wrexham Recovery Hub");
        String colleagueEmail = accounts.providerMember("Wrexham Recovery Hub");
        PortalClient colleague = signedIn(colleagueEmail);
        String colleagueToken = accounts.tokenFor(colleagueEmail);
        PortalClient admin = signedIn(adminEmail);
        admin.get(userPath(colleagueEmail) + "/deactivation");
        admin.post(userPath(colleagueEmail) + "/deactivation", Map.of());
        assertThat(admin.get(userPath(colleagueEmail)).body()).contains("Deactivated", "Reactivate user");

        HttpAnswer reactivated = admin.post(userPath(colleagueEmail) + "/reactivation", Map.of());

        assertThat(reactivated.location()).isEqualTo("/organisation/users?done=reactivated");
        assertThat(colleague.get("/dashboard").location()).startsWith("/sign-in");
        assertThat(portal.api(colleagueToken).get("/api/me").status()).isEqualTo(401);
        assertThat(portal.newBrowser().signIn(colleagueEmail, Accounts.PASSWORD).status())
                .isEqualTo(303);
        assertThat(audit("user.reactivated")).contains(colleagueEmail);
    }

    @Test
    void a_role_taken_away_stops_working_on_the_colleagues_next_request() {
        String adminEmail = accounts.providerAdmin("Leeds Mentoring Trust");
        String otherAdminEmail = accounts.providerAdmin("Leeds Mentoring Trust");
        PortalClient otherAdmin = signedIn(otherAdminEmail);
        assertThat(otherAdmin.get("/organisation/users").status()).isEqualTo(200);
        PortalClient admin = signedIn(adminEmail);
        admin.get(userPath(otherAdminEmail));

        HttpAnswer changed = admin.post(userPath(otherAdminEmail) + "/roles", Map.of("roles", "MEMBER"));

        assertThat(changed.location()).isEqualTo("/organisation/users?done=roles");
        assertThat(otherAdmin.get("/organisation/users").status()).isEqualTo(403);
        assertThat(otherAdmin.get("/dashboard").status()).isEqualTo(200);
        assertThat(audit("user.roles-changed"))
                .contains(otherAdminEmail + " as MEMBER", otherAdminEmail + " as MEMBER, ORGANISATION_ADMIN");
    }

    @Test
    void an_admin_cannot_take_away_the_organisations_last_admin_role_and_sees_what_they_ticked() {
        String adminEmail = accounts.providerAdmin("Tyneside Housing Pathways");
        PortalClient admin = signedIn(adminEmail);
        admin.get(userPath(adminEmail));

        HttpAnswer refused =
                admin.post(userPath(adminEmail) + "/roles", Map.of("roles", List.of("MEMBER", "AUTHORISED_SIGNATORY")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "must keep at least one active admin", "href=\"#roles\"");
        assertThat(refused.body())
                .containsPattern("value=\"AUTHORISED_SIGNATORY\"\\s+checked")
                .doesNotContainPattern("value=\"ORGANISATION_ADMIN\"\\s+checked");
        assertThat(admin.get("/organisation/users").status()).isEqualTo(200);
    }

    @Test
    void an_admin_cannot_deactivate_themselves() {
        String adminEmail = accounts.providerAdmin("Brixton Recovery Collective");
        accounts.providerAdmin("Brixton Recovery Collective");
        PortalClient admin = signedIn(adminEmail);
        admin.get(userPath(adminEmail) + "/deactivation");

        HttpAnswer refused = admin.post(userPath(adminEmail) + "/deactivation", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "cannot deactivate your own account");
        assertThat(admin.get("/dashboard").status()).isEqualTo(200);
    }

    @Test
    void the_api_changes_roles_and_deactivates_with_the_same_rules() {
        String adminEmail = accounts.providerAdmin("Cardiff Mentoring");
        String colleagueEmail = accounts.providerMember("Cardiff Mentoring");
        ApiClient admin = portal.api(accounts.tokenFor(adminEmail));

        HttpAnswer changed = admin.put(
                apiUserPath(colleagueEmail) + "/roles", "{\"roles\": [\"MEMBER\", \"AUTHORISED_SIGNATORY\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("AUTHORISED_SIGNATORY", "\"active\":true");

        HttpAnswer empty = admin.put(apiUserPath(colleagueEmail) + "/roles", "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body()).contains("\"field\":\"roles\"");

        HttpAnswer steward = admin.put(apiUserPath(colleagueEmail) + "/roles", "{\"roles\": [\"STEWARD\"]}");
        assertThat(steward.status()).isEqualTo(403);

        HttpAnswer self = admin.post(apiUserPath(adminEmail) + "/deactivation", "");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.body()).contains("\"field\":\"user\"");

        HttpAnswer deactivated = admin.post(apiUserPath(colleagueEmail) + "/deactivation", "");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body()).contains("\"active\":false");

        HttpAnswer reactivated = admin.post(apiUserPath(colleagueEmail) + "/reactivation", "");
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.body()).contains("\"active\":true");
    }

    @Test
    void nobody_manages_the_users_of_another_organisation() {
        String rivalEmail = accounts.leadProvider("Rival Partnership");
        String victimEmail = accounts.providerMember("Newport Women's Aid");
        ApiClient rival = portal.api(accounts.tokenFor(rivalEmail));

        assertThat(rival.put(apiUserPath(victimEmail) + "/roles", "{\"roles\": [\"MEMBER\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(rival.post(apiUserPath(victimEmail) + "/deactivation", "").status())
                .isEqualTo(403);
        Viewer rivalViewer = accounts.viewer(rivalEmail);
        String victimInRivalsOrganisation = "/api/organisations/" + rivalViewer.organisationId() + "/users/"
                + accounts.viewer(victimEmail).userId();
        assertThat(rival.post(victimInRivalsOrganisation + "/deactivation", "").status())
                .isEqualTo(404);
        assertThat(signedIn(rivalEmail).get(userPath(victimEmail)).status()).isEqualTo(404);
        assertThat(portal.newBrowser().signIn(victimEmail, Accounts.PASSWORD).status())
                .isEqualTo(303);
    }

    @Test
    void a_member_who_is_not_an_admin_cannot_change_roles() {
        String memberEmail = accounts.providerMember("Swansea Recovery Hub");
        String colleagueEmail = accounts.providerMember("Swansea Recovery Hub");
        PortalClient member = signedIn(memberEmail);

        assertThat(member.get(userPath(colleagueEmail)).status()).isEqualTo(403);
        assertThat(portal.api(accounts.tokenFor(memberEmail))
                        .put(apiUserPath(memberEmail) + "/roles", "{\"roles\": [\"ORGANISATION_ADMIN\"]}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_colleagues_page_and_the_confirmation_come_in_welsh() {
        String adminEmail = accounts.providerAdmin("Aberystwyth Mentoring");
        String colleagueEmail = accounts.providerMember("Aberystwyth Mentoring");
        PortalClient admin = signedIn(adminEmail);
        admin.get("/language?lang=cy&returnTo=/");

        HttpAnswer page = admin.get(userPath(colleagueEmail));
        HttpAnswer confirm = admin.get(userPath(colleagueEmail) + "/deactivation");

        assertThat(page.body()).contains("<html lang=\"cy\"", "Dadactifadu&#39;r defnyddiwr", colleagueEmail);
        assertThat(confirm.heading()).isEqualTo("Ydych chi&#39;n siŵr eich bod am ddadactifadu&#39;r defnyddiwr hwn?");
    }

    private String audit(String action) {
        return portal.api(accounts.tokenFor(accounts.steward()))
                .get("/api/audit?action=" + action)
                .body();
    }
}
