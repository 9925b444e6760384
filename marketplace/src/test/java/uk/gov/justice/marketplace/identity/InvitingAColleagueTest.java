package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

@MarketplaceTest
class InvitingAColleagueTest implements FreshDatabase {

    private static final Pattern LINK = Pattern.compile("https?://[^\"<\\s]+/invitations/(inv_[A-Za-z0-9_-]+)");

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    /** An admin of the organisation, signed in and on the users page. */
    private PortalClient adminOf(String organisation) {
        PortalClient admin = portal.newBrowser();
        admin.signIn(accounts.providerAdmin(organisation), Accounts.PASSWORD);
        admin.get("/organisation/users");
        return admin;
    }

    private static HttpAnswer invite(PortalClient admin, String email, String fullName) {
        return admin.post(
                "/organisation/users/invitations", Map.of("email", email, "fullName", fullName, "roles", "MEMBER"));
    }

    @Test
    void an_admin_invites_a_colleague_who_joins_with_their_own_password() {
        PortalClient admin = adminOf("Gwent Women's Centre");

        HttpAnswer invited = invite(admin, "Carys@Example.org", "Carys Lloyd");
        assertThat(invited.status()).isEqualTo(200);
        String path = invitationPath(invited.body());

        PortalClient colleague = portal.newBrowser();
        assertThat(colleague.get(path).body()).contains("Gwent Women&#39;s Centre", "carys@example.org");
        HttpAnswer joined = colleague.post(
                path,
                Map.of(
                        "fullName",
                        "Carys Lloyd",
                        "password",
                        "her own long passphrase",
                        "confirmPassword",
                        "her own long passphrase"));
        assertThat(joined.location()).isEqualTo("/dashboard?notice=invitationAccepted");

        assertThat(admin.get("/organisation/users").body()).contains("carys@example.org");
        assertThat(portal.newBrowser()
                        .signIn("carys@example.org", "her own long passphrase")
                        .location())
                .isEqualTo("/dashboard");
    }

    @Test
    void an_invitation_link_works_once() {
        String path = invitationPath(invite(adminOf("Leeds Mentoring Trust"), "once@example.org", "Once Only")
                .body());
        PortalClient first = portal.newBrowser();
        first.get(path);
        first.post(
                path,
                Map.of("fullName", "Once Only", "password", Accounts.PASSWORD, "confirmPassword", Accounts.PASSWORD));

        assertThat(portal.newBrowser().get(path).status()).isEqualTo(404);
    }

    @Test
    void a_mistake_in_the_invitation_form_is_shown_with_what_was_typed() {
        HttpAnswer refused = adminOf("Tyneside Housing Pathways")
                .post(
                        "/organisation/users/invitations",
                        Map.of("email", "not-an-email", "fullName", "<script>alert('x')</script>"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "Enter an email address in the correct format",
                        "Select at least one role",
                        "&lt;script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void a_member_who_is_not_an_admin_cannot_manage_users() {
        PortalClient member = portal.newBrowser();
        member.signIn(accounts.providerMember("Brixton Recovery Collective"), Accounts.PASSWORD);

        assertThat(member.get("/organisation/users").status()).isEqualTo(403);
    }

    private static String invitationPath(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("an invitation link on the page").isTrue();
        return URI.create(matcher.group()).getPath();
    }
}
