package uk.gov.justice.marketplace.portal;

import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.Notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The signed-in home page, by what the user's organisation is and what they may do. Later capabilities add
 * their links here.
 */
public record DashboardPage(String roleHeadingKey, List<DashboardLink> links, String noticeKey,
                            List<Notice> notices) {

    private static final Map<OrganisationKind, String> HEADINGS = Map.of(
            OrganisationKind.VCSE_PROVIDER, "dashboard.provider.heading",
            OrganisationKind.LEAD_PROVIDER, "dashboard.lead.heading",
            OrganisationKind.COMMISSIONER, "dashboard.commissioner.heading",
            OrganisationKind.MARKET_STEWARD, "dashboard.steward.heading");
    private static final Map<String, String> NOTICES = Map.of(
            "registered", "dashboard.notice.registered",
            "invitationAccepted", "dashboard.notice.invitationAccepted",
            "signedIn", "dashboard.notice.signedIn",
            "passwordChanged", "dashboard.notice.passwordChanged");

    static DashboardPage of(Viewer viewer, String notice, List<Notice> notices) {
        List<DashboardLink> links = new ArrayList<>();
        if (viewer.organisationKind() == OrganisationKind.VCSE_PROVIDER) {
            links.add(new DashboardLink("dashboard.link.eoi", "/eoi", "dashboard.link.eoi.hint"));
            links.add(new DashboardLink("dashboard.link.invitations", "/supply-chains",
                    "dashboard.link.invitations.hint"));
            links.add(new DashboardLink("dashboard.link.concerns", "/concerns", "dashboard.link.concerns.hint"));
        }
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            links.add(new DashboardLink("dashboard.link.chains", "/supply-chains", "dashboard.link.chains.hint"));
            links.add(new DashboardLink("dashboard.link.matters", "/concerns", "dashboard.link.matters.hint"));
        }
        if (viewer.isSteward()) {
            links.add(new DashboardLink("dashboard.link.organisations", "/organisations",
                    "dashboard.link.organisations.hint"));
            links.add(new DashboardLink("dashboard.link.review", "/review", "dashboard.link.review.hint"));
            links.add(new DashboardLink("dashboard.link.stewardship", "/stewardship",
                    "dashboard.link.stewardship.hint"));
            links.add(new DashboardLink("dashboard.link.concerns", "/concerns", "dashboard.link.concerns.hint"));
            links.add(new DashboardLink("dashboard.link.audit", "/audit", "dashboard.link.audit.hint"));
        }
        if (viewer.has(Role.ORGANISATION_ADMIN)) {
            links.add(new DashboardLink("dashboard.link.users", "/organisation/users", "dashboard.link.users.hint"));
        }
        links.add(new DashboardLink("dashboard.link.search", "/search", "dashboard.link.search.hint"));
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER
                || viewer.organisationKind() == OrganisationKind.COMMISSIONER) {
            links.add(new DashboardLink("dashboard.link.shortlists", "/shortlists", "dashboard.link.shortlists.hint"));
        }
        links.add(new DashboardLink("dashboard.link.register", "/providers", "dashboard.link.register.hint"));
        links.add(new DashboardLink("dashboard.link.apiTokens", "/account/api-tokens",
                "dashboard.link.apiTokens.hint"));
        links.add(new DashboardLink("dashboard.link.password", "/account/password", "dashboard.link.password.hint"));
        return new DashboardPage(HEADINGS.get(viewer.organisationKind()), links,
                notice == null ? null : NOTICES.get(notice), notices);
    }
}
