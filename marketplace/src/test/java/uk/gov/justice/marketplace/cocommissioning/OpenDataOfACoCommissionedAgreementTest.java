package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/** An agreement and its orders as an OCDS release: valid against the standard with the budget breakdown extension. */
class OpenDataOfACoCommissionedAgreementTest {

    static final UUID AGREEMENT = UUID.randomUUID();
    static final CoCommissioningOpenDataRelease.Organisation PCC =
            new CoCommissioningOpenDataRelease.Organisation(UUID.randomUUID(), "West Yorkshire Mayor", null);
    static final CoCommissioningOpenDataRelease.Organisation PROBATION =
            new CoCommissioningOpenDataRelease.Organisation(
                    UUID.randomUUID(), "Probation Service Yorkshire and the Humber", null);
    static final CoCommissioningOpenDataRelease.Organisation MENTORS = new CoCommissioningOpenDataRelease.Organisation(
            UUID.randomUUID(),
            "Leeds Young Adults Mentoring",
            CoCommissioningOpenDataRelease.identifierOf("CHARITY", "1123456", "Leeds Young Adults Mentoring"));

    static CoCommissioningOpenDataRelease.Source agreement(List<CoCommissioningOpenDataRelease.Order> orders) {
        FinancialYear year = new FinancialYear(2026);
        return new CoCommissioningOpenDataRelease.Source(
                AGREEMENT,
                2,
                "Mentoring for young adults in West Yorkshire",
                Instant.parse("2026-05-01T09:00:00Z"),
                PCC,
                List.of(PCC, PROBATION),
                List.of(
                        new CoCommissioningOpenDataRelease.Contribution(PCC.id(), year, Money.pounds("60000")),
                        new CoCommissioningOpenDataRelease.Contribution(PROBATION.id(), year, Money.pounds("40000"))),
                List.of(MENTORS),
                orders);
    }

    static JsonNode published(CoCommissioningOpenDataRelease.Source source) throws IOException {
        String json =
                ObjectMapper.getDefault().writeValueAsString(CoCommissioningOpenDataRelease.of("ocds-test01", source));
        return OcdsReleaseSchema.JSON.readTree(json);
    }

    static final CoCommissioningOpenDataRelease.Order AN_ORDER = new CoCommissioningOpenDataRelease.Order(
            UUID.randomUUID(),
            MENTORS.id(),
            "Mentoring sessions, April to June",
            "ACCEPTED",
            Instant.parse("2026-05-04T10:00:00Z"),
            Money.pounds("12500.00"));

    @Test
    void the_release_of_an_agreement_with_an_order_is_valid_ocds_with_the_budget_breakdown_extension()
            throws IOException {
        JsonNode release = published(agreement(List.of(AN_ORDER)));

        assertThat(OcdsReleaseSchema.problemsWith(release)).isEmpty();
        assertThat(release.path("tag").toString()).isEqualTo("[\"planning\",\"award\"]");
        assertThat(release.path("awards").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("12500");
    }

    @Test
    void an_agreement_with_no_orders_yet_is_a_valid_planning_release() throws IOException {
        JsonNode release = published(agreement(List.of()));

        assertThat(OcdsReleaseSchema.problemsWith(release)).isEmpty();
        assertThat(release.has("awards")).isFalse();
    }

    @Test
    void the_budget_is_broken_down_by_funder_and_financial_year_naming_each_funder_as_source() throws IOException {
        JsonNode budget = published(agreement(List.of())).path("planning").path("budget");

        assertThat(budget.path("amount").path("amount").decimalValue()).isEqualByComparingTo("100000");
        JsonNode first = budget.path("budgetBreakdown").get(0);
        assertThat(first.path("sourceParty").path("name").asText()).isEqualTo("West Yorkshire Mayor");
        assertThat(first.path("amount").path("amount").decimalValue()).isEqualByComparingTo("60000");
        assertThat(first.path("period").path("startDate").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(first.path("period").path("endDate").asText()).isEqualTo("2027-03-31T23:59:59Z");
        assertThat(budget.path("budgetBreakdown")
                        .get(1)
                        .path("amount")
                        .path("amount")
                        .decimalValue())
                .isEqualByComparingTo("40000");
    }

    @Test
    void parties_carry_their_roles_and_a_charity_its_charity_commission_identifier() throws IOException {
        JsonNode release = published(agreement(List.of(AN_ORDER)));
        JsonNode parties = release.path("parties");

        assertThat(parties.get(0).path("roles").toString()).isEqualTo("[\"buyer\",\"funder\",\"sourceParty\"]");
        assertThat(parties.get(1).path("roles").toString()).isEqualTo("[\"funder\",\"sourceParty\"]");
        JsonNode supplier = parties.get(2);
        assertThat(supplier.path("id").asText()).isEqualTo("GB-CHC-1123456");
        assertThat(supplier.path("identifier").path("scheme").asText()).isEqualTo("GB-CHC");
        assertThat(release.path("awards")
                        .get(0)
                        .path("suppliers")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo("GB-CHC-1123456");
        assertThat(release.path("buyer").path("id").asText()).isEqualTo(PCC.id().toString());
    }

    @Test
    void a_company_number_is_written_as_companies_house_writes_it() {
        assertThat(CoCommissioningOpenDataRelease.identifierOf("CIC", "sc 12345", "North CIC"))
                .isEqualTo(new CoCommissioningOpenDataRelease.Identifier("GB-COH", "SC012345", "North CIC"));
        assertThat(CoCommissioningOpenDataRelease.identifierOf("COMPANY_LIMITED_BY_GUARANTEE", "4567", "Y Ltd")
                        .id())
                .isEqualTo("00004567");
        assertThat(CoCommissioningOpenDataRelease.identifierOf("MUTUAL", "IP30001R", "Z")
                        .scheme())
                .isEqualTo("GB-MPR");
        assertThat(CoCommissioningOpenDataRelease.identifierOf("CHARITY", " ", "No number"))
                .isNull();
        assertThat(CoCommissioningOpenDataRelease.identifierOf("SMALL_COMPANY", "not a number", "Odd"))
                .isNull();
    }

    @Test
    void the_schema_the_tests_use_does_hold_the_extension_a_breakdown_without_its_id_is_refused() throws IOException {
        JsonNode release = published(agreement(List.of()));
        ((ObjectNode) release.path("planning")
                        .path("budget")
                        .path("budgetBreakdown")
                        .get(0))
                .remove("id");

        assertThat(OcdsReleaseSchema.problemsWith(release))
                .anySatisfy(p -> assertThat(p).contains("id"));
    }
}
