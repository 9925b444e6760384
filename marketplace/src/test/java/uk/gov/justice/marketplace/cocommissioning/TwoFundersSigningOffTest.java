package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.common.Transitions;

/** Joint sign-off as the aggregate holds it, without HTTP: nothing is in force until the quorum has signed. */
class TwoFundersSigningOffTest {

    private static final Instant MAY = Instant.parse("2026-05-04T10:00:00Z");
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private final UUID pcc = UUID.randomUUID();
    private final UUID probation = UUID.randomUUID();

    @Test
    void one_signature_of_two_puts_nothing_in_force_and_the_second_does_from_that_day() {
        Agreement drafted = draft();
        Agreement once = drafted.sign(1, pcc, "pcc@example.org", MAY, MAY_4).agreement();

        assertThat(once.inForceOn(MAY_4)).isEmpty();
        Agreement.Change both = once.sign(1, probation, "region@example.org", MAY, MAY_4);

        assertThat(both.events()).hasAtLeastOneElementOfType(AgreementEvent.VersionTookEffect.class);
        assertThat(both.agreement().inForceOn(MAY_4))
                .map(AgreementVersion::number)
                .contains(1);
        assertThat(both.agreement().inForceOn(MAY_4.minusDays(1))).isEmpty();
    }

    @Test
    void a_variation_signed_by_only_one_of_two_funders_does_not_take_effect() {
        Agreement inForce = signedByBoth(draft(), 1, MAY_4);
        Agreement varied = inForce.propose(
                        Terms.twoFunders(pcc, probation, "120000", "80000", "40000"),
                        "The PCC raises its contribution",
                        "pcc@example.org",
                        MAY)
                .agreement()
                .sign(2, pcc, "pcc@example.org", MAY, JUNE_1)
                .agreement();

        assertThat(varied.inForceOn(JUNE_1)).map(AgreementVersion::number).contains(1);
        assertThat(varied.version(2).status()).isEqualTo(VersionStatus.PROPOSED);
        assertThat(varied.version(1).status()).isEqualTo(VersionStatus.IN_FORCE);
    }

    @Test
    void a_variation_both_sign_follows_from_its_day_and_earlier_days_keep_the_earlier_version() {
        Agreement inForce = signedByBoth(draft(), 1, MAY_4);
        Agreement varied = signedByBoth(
                inForce.propose(
                                Terms.twoFunders(pcc, probation, "120000", "80000", "40000"),
                                "The PCC raises its contribution",
                                "pcc@example.org",
                                MAY)
                        .agreement(),
                2,
                JUNE_1);

        assertThat(VersionInForce.of(varied.id(), varied.inForceOn(JUNE_1).orElseThrow())
                        .funder(pcc)
                        .orElseThrow()
                        .shares())
                .containsEntry(Terms.YEAR, Share.percent("66.67"));
        assertThat(VersionInForce.of(
                                varied.id(),
                                varied.inForceOn(JUNE_1.minusDays(1)).orElseThrow())
                        .funder(pcc)
                        .orElseThrow()
                        .shares())
                .containsEntry(Terms.YEAR, Share.percent("60"));
        assertThat(varied.version(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(varied.versions()).hasSize(2);
    }

    @Test
    void a_funder_signs_a_version_once_and_nobody_signs_a_version_already_in_force() {
        Agreement once = draft().sign(1, pcc, "pcc@example.org", MAY, MAY_4).agreement();
        assertThatThrownBy(() -> once.sign(1, pcc, "another@example.org", MAY, MAY_4))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("cocommissioning.error.sign.already");

        Agreement both =
                once.sign(1, probation, "region@example.org", MAY, MAY_4).agreement();
        assertThatThrownBy(() -> both.sign(1, probation, "region@example.org", MAY, MAY_4))
                .isInstanceOf(Transitions.MoveRefused.class);
    }

    @Test
    void a_second_variation_waits_until_the_first_is_signed() {
        Agreement pending = signedByBoth(draft(), 1, MAY_4)
                .propose(
                        Terms.twoFunders(pcc, probation, "100000", "50000", "50000"),
                        "Even split",
                        "pcc@example.org",
                        MAY)
                .agreement();
        assertThatThrownBy(() -> pending.propose(
                        Terms.twoFunders(pcc, probation, "100000", "50000", "50000"), "Again", "pcc@example.org", MAY))
                .hasMessage("cocommissioning.error.variation.pending");
    }

    @Test
    void a_funder_naming_another_organisation_is_refused_on_the_funder_field() {
        AgreementTerms terms = Terms.twoFunders(pcc, probation, "100000", "60000", "40000");
        assertThatThrownBy(() -> SignOff.RULES.require(new SignOff(pcc, probation, terms)))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + " " + p.getMessage())
                        .containsExactly("funderId cocommissioning.error.sign.ownOrganisation"));
    }

    private Agreement draft() {
        return Agreement.draft(
                        "West Yorkshire young adult mentoring",
                        Terms.twoFunders(pcc, probation, "100000", "60000", "40000"),
                        "pcc@example.org",
                        MAY)
                .agreement();
    }

    private Agreement signedByBoth(Agreement agreement, int version, LocalDate day) {
        return agreement
                .sign(version, pcc, "pcc@example.org", MAY, day)
                .agreement()
                .sign(version, probation, "region@example.org", MAY, day)
                .agreement();
    }
}
