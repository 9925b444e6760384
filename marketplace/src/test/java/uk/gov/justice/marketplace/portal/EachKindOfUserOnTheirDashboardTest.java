package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.marketplace.identity.CommissionerType;
import uk.gov.justice.marketplace.identity.Organisation;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Provisioning;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** Each kind of organisation and role finds the links it needs on its dashboard, always in the same order. */
@MarketplaceTest
class EachKindOfUserOnTheirDashboardTest implements FreshDatabase {

    private static final Pattern LINKS =
            Pattern.compile("<ul class=\"govuk-list app-dashboard-links\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a class=\"govuk-link\" href=\"([^\"]+)\">([^<]+)</a>");

    @Inject
    Portal portal;

    @Inject
    Provisioning provisioning;

    @ParameterizedTest(name = "{0} {1} sees {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "VCSE_PROVIDER | ORGANISATION_ADMIN MEMBER | /eoi Your Expression of Interest, /supply-chains Supply chain"
                        + " invitations, /concerns Confidential concerns, /rate-card/services/mine Your rate card, /orders Orders for your services, /organisation/users"
                        + " Manage users, /search Search"
                        + " for providers, /providers Register of providers, /rate-card Search the rate card, /account/api-tokens API tokens,"
                        + " /account/password Change your password",
                "VCSE_PROVIDER | MEMBER | /eoi Your Expression of Interest, /supply-chains Supply chain invitations,"
                        + " /concerns Confidential concerns, /rate-card/services/mine Your rate card, /orders Orders for your services, /search Search for"
                        + " providers, /providers Register of"
                        + " providers, /rate-card Search the rate card, /account/api-tokens API tokens, /account/password Change your password",
                "LEAD_PROVIDER | ORGANISATION_ADMIN MEMBER | /supply-chains Supply chains, /concerns Matters from the"
                        + " market steward, /rate-card/services/mine Your rate card, /orders Orders for your services, /organisation/users Manage users, /search Search for providers, /shortlists"
                        + " Shortlists, /providers Register of providers, /rate-card Search the rate card, /account/api-tokens API tokens,"
                        + " /account/password Change your password",
                "LEAD_PROVIDER | AUTHORISED_SIGNATORY | /supply-chains Supply chains, /concerns Matters from the market"
                        + " steward, /rate-card/services/mine Your rate card, /orders Orders for your services, /search Search for providers, /shortlists Shortlists, /providers Register of"
                        + " providers, /rate-card Search the rate card, /account/api-tokens API tokens, /account/password Change your password",
                "COMMISSIONER | ORGANISATION_ADMIN MEMBER | /orders Orders, /budgets Budgets, /co-commissioning"
                        + " Co-commissioned services, /organisation/users Manage users, /search Search for"
                        + " providers, /shortlists Shortlists, /providers Register of providers, /rate-card Search the rate card, /account/api-tokens API"
                        + " tokens, /account/password Change your password",
                "COMMISSIONER | EVALUATOR | /orders Orders, /budgets Budgets, /co-commissioning Co-commissioned"
                        + " services, /search Search for providers, /shortlists Shortlists, /providers Register of"
                        + " providers, /rate-card Search the rate card, /account/api-tokens API tokens, /account/password Change your password",
                "MARKET_STEWARD | STEWARD ORGANISATION_ADMIN | /organisations Organisations, /review Expressions of"
                        + " Interest to review, /stewardship Supply chain health, /concerns Confidential concerns, /audit"
                        + " Audit trail, /rate-card/guide-prices Guide prices, /organisation/users Manage users, /search Search for providers, /providers"
                        + " Register of providers, /rate-card Search the rate card, /account/api-tokens API tokens,"
                        + " /account/password Change your password",
                "MARKET_STEWARD | STEWARD | /organisations Organisations, /review Expressions of Interest to review,"
                        + " /stewardship Supply chain health, /concerns Confidential concerns, /audit Audit trail, /rate-card/guide-prices Guide prices, /search"
                        + " Search for providers, /providers Register of providers, /rate-card Search the rate card, /account/api-tokens API tokens,"
                        + " /account/password Change your password",
                "MARKET_STEWARD | MEMBER | /search Search for providers, /providers Register of providers,"
                        + " /account/api-tokens API tokens, /account/password Change your password"
            })
    void the_dashboard_offers_each_kind_of_user_their_own_links_in_order(
            OrganisationKind kind, String roles, String links) {
        PortalClient browser = portal.newBrowser();
        browser.signIn(someone(kind, roles), Accounts.PASSWORD);

        String dashboard = browser.get("/dashboard").body();

        assertThat(linksOn(dashboard)).containsExactlyElementsOf(Arrays.asList(links.split(", ")));
    }

    private String someone(OrganisationKind kind, String roles) {
        Set<Role> held = Arrays.stream(roles.split(" "))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        String name = kind + " " + roles;
        Organisation organisation = kind == OrganisationKind.MARKET_STEWARD
                ? provisioning.stewardOrganisation(name)
                : provisioning.organisation(
                        name, kind, kind == OrganisationKind.COMMISSIONER ? CommissionerType.PCC : null);
        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        provisioning.user(organisation, email, "Dashboard Reader", held, Accounts.PASSWORD);
        return email;
    }

    private static List<String> linksOn(String dashboard) {
        Matcher list = LINKS.matcher(dashboard);
        assertThat(list.find()).as("the dashboard's list of links").isTrue();
        List<String> found = new ArrayList<>();
        Matcher link = LINK.matcher(list.group(1));
        while (link.find()) {
            found.add(link.group(1) + " " + link.group(2));
        }
        return found;
    }
}
