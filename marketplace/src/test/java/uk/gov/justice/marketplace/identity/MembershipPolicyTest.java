package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInput;

class MembershipPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private static UserAccount user(Role first, Role... more) {
        return UserAccount.create(
                UUID.randomUUID(),
                new EmailAddress("u" + UUID.randomUUID() + "@example.org"),
                "U",
                "hash",
                EnumSet.of(first, more),
                NOW);
    }

    @Test
    void an_organisation_keeps_an_active_admin() {
        assertThatThrownBy(() -> MembershipPolicy.requireStillRun(
                        OrganisationKind.VCSE_PROVIDER,
                        List.of(user(Role.MEMBER), user(Role.AUTHORISED_SIGNATORY)),
                        "roles"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("error.user.lastAdmin");
        assertThatCode(() -> MembershipPolicy.requireStillRun(
                        OrganisationKind.VCSE_PROVIDER,
                        List.of(user(Role.MEMBER), user(Role.ORGANISATION_ADMIN)),
                        "roles"))
                .doesNotThrowAnyException();
    }

    @Test
    void the_stewards_organisation_keeps_an_active_steward_as_well() {
        assertThatThrownBy(() -> MembershipPolicy.requireStillRun(
                        OrganisationKind.MARKET_STEWARD,
                        List.of(user(Role.ORGANISATION_ADMIN, Role.EVALUATOR)),
                        "user"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("error.user.lastSteward");
        assertThatCode(() -> MembershipPolicy.requireStillRun(
                        OrganisationKind.MARKET_STEWARD,
                        List.of(user(Role.ORGANISATION_ADMIN), user(Role.STEWARD)),
                        "user"))
                .doesNotThrowAnyException();
    }

    @Test
    void nobody_deactivates_their_own_account() {
        Viewer admin = new Viewer(
                UUID.randomUUID(),
                "a@example.org",
                "A",
                UUID.randomUUID(),
                "Org",
                OrganisationKind.LEAD_PROVIDER,
                Set.of(Role.ORGANISATION_ADMIN));

        assertThatThrownBy(() -> MembershipPolicy.requireNotSelf(admin, admin.userId()))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("error.user.deactivateSelf");
        assertThatCode(() -> MembershipPolicy.requireNotSelf(admin, UUID.randomUUID()))
                .doesNotThrowAnyException();
    }
}
