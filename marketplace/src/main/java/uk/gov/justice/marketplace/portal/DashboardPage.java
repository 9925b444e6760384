package uk.gov.justice.marketplace.portal;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.common.web.DashboardLinks;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.Notice;

/**
 * The signed-in home page, by what the user's organisation is and what they may do. Each feature adds its own
 * links with a {@link DashboardLinks} bean.
 */
public record DashboardPage(String roleHeadingKey, List<DashboardLink> links, String noticeKey, List<Notice> notices) {

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

    /** The page for this viewer, with every feature's links for the signed-in user in order of place. */
    static DashboardPage of(
            Viewer viewer,
            Authentication signedIn,
            List<DashboardLinks> features,
            String notice,
            List<Notice> notices) {
        List<DashboardLink> links = features.stream()
                .flatMap(feature -> feature.linksFor(signedIn).stream())
                .sorted(DashboardLink.IN_PLACE)
                .toList();
        return new DashboardPage(
                HEADINGS.get(viewer.organisationKind()), links, notice == null ? null : NOTICES.get(notice), notices);
    }
}
