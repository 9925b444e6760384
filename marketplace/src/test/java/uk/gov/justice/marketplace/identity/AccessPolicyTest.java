package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Forbidden;

class AccessPolicyTest {

    private static Viewer someone(OrganisationKind kind, Role... roles) {
        return new Viewer(
                UUID.randomUUID(),
                "x@example.org",
                "X",
                UUID.randomUUID(),
                "Org",
                kind,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void a_user_cannot_act_for_another_organisation() {
        Viewer provider = someone(OrganisationKind.VCSE_PROVIDER, Role.ORGANISATION_ADMIN);

        assertThatThrownBy(() -> AccessPolicy.requireActsFor(provider, UUID.randomUUID()))
                .isInstanceOf(Forbidden.class);
        assertThatCode(() -> AccessPolicy.requireActsFor(provider, provider.organisationId()))
                .doesNotThrowAnyException();
    }

    @Test
    void only_an_admin_manages_its_organisations_users() {
        Viewer member = someone(OrganisationKind.LEAD_PROVIDER, Role.MEMBER);

        assertThatThrownBy(() -> AccessPolicy.requireCanManageUsers(member, member.organisationId()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void nobody_outside_the_stewards_team_can_be_made_a_steward() {
        assertThatThrownBy(
                        () -> AccessPolicy.requireGrantable(EnumSet.of(Role.STEWARD), OrganisationKind.VCSE_PROVIDER))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.requireGrantable(EnumSet.of(Role.STEWARD), OrganisationKind.COMMISSIONER))
                .isInstanceOf(Forbidden.class);
        assertThatCode(() -> AccessPolicy.requireGrantable(EnumSet.of(Role.STEWARD), OrganisationKind.MARKET_STEWARD))
                .doesNotThrowAnyException();
    }

    @Test
    void a_steward_role_in_a_provider_organisation_would_still_not_make_a_steward() {
        Viewer impostor = someone(OrganisationKind.VCSE_PROVIDER, Role.STEWARD);

        assertThatThrownBy(() -> AccessPolicy.requireSteward(impostor)).isInstanceOf(Forbidden.class);
    }
}
