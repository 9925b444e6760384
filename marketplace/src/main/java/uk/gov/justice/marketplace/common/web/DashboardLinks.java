package uk.gov.justice.marketplace.common.web;

import io.micronaut.security.authentication.Authentication;
import java.util.List;

/**
 * A feature's links on the signed-in dashboard: each feature declares its own bean, and the dashboard gathers
 * every bean's links in order of place. Places by band: the organisation's own work 100s, the steward's tools 200s,
 * the organisation's administration 300s, finding providers 400s, the user's account 500s.
 * <p>
 * The signed-in user comes as Micronaut Security's {@link Authentication} because features below identity (audit)
 * cannot know the Viewer: they decide by role, as their {@code @Secured} rules do. Features that know the Viewer
 * implement identity's {@code ViewerDashboardLinks}.
 */
public interface DashboardLinks {

    /** This feature's links for the signed-in user; none when the user has nothing to do here. */
    List<DashboardLink> linksFor(Authentication signedIn);
}
