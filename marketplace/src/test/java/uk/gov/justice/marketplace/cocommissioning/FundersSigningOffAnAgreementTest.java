package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.order.Budgets;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * A PCC and a probation region co-commission a service 60/40 through the use case and its store: the version is
 * in force only once both have signed, each for its own organisation, and the pooled budget is opened then.
 */
@MarketplaceTest
class FundersSigningOffAnAgreementTest implements FreshDatabase {

    @Inject
    Accounts accounts;

    @Inject
    CoCommissioning coCommissioning;

    @Inject
    Budgets budgets;

    private Viewer pcc;
    private Viewer region;
    private LocalDate today;

    @BeforeAll
    void aPccAndAProbationRegion() {
        pcc = accounts.viewer(accounts.commissioner("West Yorkshire Mayor's Policing Office"));
        region = accounts.viewer(accounts.commissioner("Probation Service Yorkshire and the Humber"));
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void the_version_is_in_force_only_after_both_funders_sign_and_then_its_pooled_budget_exists() {
        Agreement drafted = coCommissioning.draft(pcc, "Young adult mentoring", sixtyForty("100000", "60000", "40000"));
        coCommissioning.sign(pcc, drafted.id(), 1, null);

        assertThat(coCommissioning.versionInForceOn(drafted.id(), today)).isEmpty();
        coCommissioning.sign(region, drafted.id(), 1, region.organisationId());

        VersionInForce inForce =
                coCommissioning.versionInForceOn(drafted.id(), today).orElseThrow();
        assertThat(inForce.version()).isEqualTo(1);
        assertThat(inForce.hostId()).isEqualTo(pcc.organisationId());
        assertThat(inForce.funder(pcc.organisationId()).orElseThrow().shares())
                .containsEntry(Terms.YEAR, Share.percent("60"));
        assertThat(inForce.funder(region.organisationId()).orElseThrow().contributions())
                .containsEntry(Terms.YEAR, Money.pounds("40000"));
        AgreementBudget pool = coCommissioning.budgetsOf(pcc, drafted.id()).get(0);
        assertThat(pool.holderId()).isEqualTo(pcc.organisationId());
        assertThat(coCommissioning.budget(pool.budgetId())).contains(pool);
        assertThat(budgets.heldBy(pcc))
                .extracting(standing -> standing.budget())
                .filteredOn(budget -> budget.id().equals(pool.budgetId()))
                .singleElement()
                .satisfies(budget -> {
                    assertThat(budget.agreementId()).isEqualTo(drafted.id());
                    assertThat(budget.year()).isEqualTo(Terms.YEAR);
                    assertThat(budget.amount()).isEqualTo(Money.pounds("100000"));
                });
        assertThat(budgets.heldBy(region))
                .noneMatch(standing -> standing.budget().isPool());
    }

    @Test
    void aligned_funding_gives_each_funder_its_own_budget_line_for_its_contribution() {
        AgreementAnswers pooled = sixtyForty("50000", "30000", "20000");
        AgreementAnswers aligned = new AgreementAnswers(
                pooled.hostId(),
                "ALIGNED",
                pooled.years(),
                pooled.funders(),
                pooled.serviceIds(),
                pooled.areas(),
                pooled.priorities(),
                "HOST_ABSORBS",
                pooled.riskSplit(),
                null);
        Agreement drafted = coCommissioning.draft(pcc, "Aligned accommodation", aligned);
        coCommissioning.sign(pcc, drafted.id(), 1, null);
        coCommissioning.sign(region, drafted.id(), 1, null);

        assertThat(budgets.heldBy(region))
                .extracting(standing -> standing.budget())
                .filteredOn(budget -> drafted.id().equals(budget.agreementId()))
                .singleElement()
                .satisfies(budget -> assertThat(budget.amount()).isEqualTo(Money.pounds("20000")));
        assertThat(budgets.heldBy(pcc))
                .extracting(standing -> standing.budget())
                .filteredOn(budget -> drafted.id().equals(budget.agreementId()))
                .singleElement()
                .satisfies(budget -> assertThat(budget.amount()).isEqualTo(Money.pounds("30000")));
    }

    @Test
    void a_funder_signing_for_another_organisation_is_refused_and_nothing_is_signed() {
        Agreement drafted = coCommissioning.draft(pcc, "Accommodation pilot", sixtyForty("50000", "30000", "20000"));

        assertThatThrownBy(() -> coCommissioning.sign(pcc, drafted.id(), 1, region.organisationId()))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + " " + p.getMessage())
                        .containsExactly("funderId cocommissioning.error.sign.ownOrganisation"));
        assertThat(coCommissioning.get(pcc, drafted.id()).version(1).signatures())
                .isEmpty();
    }

    @Test
    void a_variation_signed_by_only_one_of_two_funders_leaves_the_earlier_version_in_force() {
        Agreement drafted = coCommissioning.draft(pcc, "Mentoring, varied", sixtyForty("100000", "60000", "40000"));
        coCommissioning.sign(pcc, drafted.id(), 1, null);
        coCommissioning.sign(region, drafted.id(), 1, null);

        coCommissioning.propose(
                pcc, drafted.id(), sixtyForty("120000", "80000", "40000"), "The PCC raises its contribution");
        Agreement varied = coCommissioning.sign(pcc, drafted.id(), 2, null);

        assertThat(varied.versions()).hasSize(2);
        assertThat(coCommissioning
                        .versionInForceOn(drafted.id(), today)
                        .orElseThrow()
                        .version())
                .isEqualTo(1);
        assertThat(coCommissioning
                        .get(region, drafted.id())
                        .version(2)
                        .proposed()
                        .reason())
                .isEqualTo("The PCC raises its contribution");
    }

    @Test
    void contributions_that_do_not_add_up_are_refused_and_no_agreement_is_kept() {
        assertThatThrownBy(() -> coCommissioning.draft(pcc, "Short", sixtyForty("100000", "60000", "30000")))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field())
                        .containsExactly("contributions"));
        assertThat(coCommissioning.involving(pcc)).extracting(Agreement::name).doesNotContain("Short");
    }

    @Test
    void an_organisation_that_funds_nothing_can_neither_sign_nor_draft() {
        Viewer member =
                accounts.viewer(accounts.signatory("Northern Pathways Partnership", OrganisationKind.LEAD_PROVIDER));
        Agreement drafted = coCommissioning.draft(pcc, "Outsiders", sixtyForty("1000", "600", "400"));

        assertThatThrownBy(() -> coCommissioning.sign(member, drafted.id(), 1, null))
                .hasMessage("cocommissioning.error.none");
        assertThatThrownBy(() -> coCommissioning.draft(member, "Not ours", sixtyForty("1000", "600", "400")))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_colleague_who_is_neither_signatory_nor_admin_cannot_sign_for_the_funder() {
        Viewer member = accounts.viewer(accounts.commissionerMember("Probation Service Yorkshire and the Humber"));
        Agreement drafted = coCommissioning.draft(pcc, "Signatories only", sixtyForty("1000", "600", "400"));

        assertThatThrownBy(() -> coCommissioning.sign(member, drafted.id(), 1, null))
                .isInstanceOf(Forbidden.class)
                .hasMessage("cocommissioning.error.sign.notSignatory");
    }

    private AgreementAnswers sixtyForty(String total, String pccPays, String regionPays) {
        return Terms.answers(pcc.organisationId(), region.organisationId(), total, pccPays, regionPays);
    }
}
