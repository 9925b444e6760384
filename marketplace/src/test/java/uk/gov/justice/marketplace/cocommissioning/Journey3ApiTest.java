package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.cocommissioning.PooledMentoring.AGREEMENTS;
import static uk.gov.justice.marketplace.cocommissioning.PooledMentoring.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.notification.Notice;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * Journey 3 through the API (DOMAIN.md section 6): a PCC and the Probation Service's Yorkshire and the Humber region
 * co-commission a mentoring service for young adults in West Yorkshire, 60/40 from one pool; the order is approved
 * by a colleague, accepted, delivered, invoiced and confirmed; each funder reads its share; a variation raising the
 * PCC's contribution changes nothing until both have signed, then later spend follows the new split.
 */
@MarketplaceTest
class Journey3ApiTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures rateCard;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Notices notices;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.orders.second-approval-above", "500");
        return properties;
    }

    @Test
    void two_funders_pool_a_mentoring_budget_and_every_pound_spent_is_theirs_in_the_agreed_split() throws Exception {
        // The provider (approved EoI: mentoring, young adults, West Yorkshire) publishes sessions at £85
        PooledMentoring journey = PooledMentoring.published(portal, accounts, rateCard);
        ApiClient pcc = journey.pcc;
        ApiClient region = journey.region;
        ApiClient provider = journey.provider;
        ApiClient approver = portal.api(accounts.tokenFor(accounts.approver("West Yorkshire Mayor's Policing Office")));
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));

        // The PCC drafts a pooled 60/40 agreement for that service, with a priority from its Police and Crime Plan
        String drafted = journey.draft("100000", "60000", "40000").body();
        assertThat(drafted).contains("Fewer young adults reoffending", "Police and Crime Plan 2025-29");
        assertThat(journey.sign(pcc, 1).body()).doesNotContain("\"versionInForce\":1");
        assertThat(pcc.get("/api/budgets").body())
                .as("no pool before both sign")
                .isEqualTo("[]");
        assertThat(journey.sign(region, 1).body()).contains("\"versionInForce\":1");
        String pool = journey.pool();

        // The host orders ten sessions (£850, above the £500 threshold): a colleague with the approver role approves
        journey.acceptedDeliveredAndConfirmed(placedAndApproved(journey, approver, pool), 10);

        // The spend report: 60/40 of what was spent, per funder, and as CSV
        assertThat(journey.spend(pcc).body())
                .contains("\"yours\":{\"contribution\":60000.00,\"committed\":510.00", "\"spent\":510.00");
        assertThat(journey.spend(region).body())
                .contains("\"yours\":{\"contribution\":40000.00,\"committed\":340.00", "\"spent\":340.00")
                .contains("\"total\":{\"contribution\":100000.00,\"committed\":850.00", "\"spent\":850.00");
        assertThat(region.getAccepting(AGREEMENTS + "/" + journey.agreement + "/spend.csv?year=" + YEAR, "text/csv")
                        .body())
                .contains(journey.agreement + "," + YEAR + ",yours,,40000", "340.00");

        // The PCC raises its contribution: after one signature nothing changes
        journey.vary("The PCC raises its contribution", "120000", "80000", "40000");
        assertThat(journey.sign(pcc, 2).body()).contains("\"versionInForce\":1");
        assertThat(pcc.get("/api/budgets").body()).contains("\"amount\":{\"amount\":100000");
        assertThat(journey.spend(pcc).body()).contains("\"yours\":{\"contribution\":60000.00,");

        // After both, later spend follows 80/40 and the first invoice keeps its 60/40
        assertThat(journey.sign(region, 2).body()).contains("\"versionInForce\":2");
        assertThat(pcc.get("/api/budgets").body()).contains("\"amount\":{\"amount\":120000");
        journey.acceptedDeliveredAndConfirmed(placedAndApproved(journey, approver, pool), 10);
        assertThat(journey.spend(pcc).body()).contains("\"yours\":{\"contribution\":80000.00,", "\"spent\":1076.67");
        assertThat(journey.spend(region).body()).contains("\"spent\":623.33", "\"spent\":1700.00");

        // The agreement as an OCDS release: valid, with the budget broken down by funder
        JsonNode release = OcdsReleaseSchema.JSON
                .readTree(portal.api().get("/api/co-commissioning/releases").body())
                .path("releases")
                .get(0);
        assertThat(OcdsReleaseSchema.problemsWith(release)).isEmpty();
        JsonNode breakdown = release.path("planning").path("budget").path("budgetBreakdown");
        assertThat(breakdown).hasSize(2);
        assertThat(breakdown.get(0).path("sourceParty").path("name").asText())
                .isEqualTo("West Yorkshire Mayor's Policing Office");
        assertThat(breakdown.get(0).path("amount").path("amount").decimalValue())
                .isEqualByComparingTo("80000");
        assertThat(breakdown.get(1).path("amount").path("amount").decimalValue())
                .isEqualByComparingTo("40000");

        // Every step is in the audit trail with who, when and why
        String audit = steward.get("/api/audit?action=cocommissioning.").body()
                + steward.get("/api/audit?action=order.").body();
        assertThat(audit)
                .contains("cocommissioning.drafted", "cocommissioning.signed", "cocommissioning.took-effect")
                .contains("cocommissioning.variation-proposed", "The PCC raises its contribution")
                .contains("cocommissioning.superseded", "cocommissioning.spend.attributed")
                .contains("order.placed", "order.approved", "order.accepted")
                .contains("order.delivery-recorded", "order.invoice-raised", "order.invoice-confirmed")
                .contains(journey.pccEmail, journey.regionEmail, provider.me("email"), "\"recordedAt\":");

        // The other side heard of each step on its dashboard, and by email too, in English and Welsh
        assertThat(noticesTo(provider.me("organisationId")))
                .contains("order.news.OrderApproved.notice", "order.news.InvoiceConfirmed.notice");
        assertThat(noticesTo(journey.pccId))
                .contains("order.news.OrderAccepted.notice", "order.news.InvoiceRaised.notice")
                .contains("cocommissioning.news.inForce.notice");
        assertThat(noticesTo(journey.regionId))
                .contains("cocommissioning.notice.toSign", "cocommissioning.news.inForce.notice");
        assertThat(subjectsTo(provider.me("email")))
                .anyMatch(s -> s.contains("has ordered") && s.contains(" / "))
                .anyMatch(s -> s.contains("confirmed your invoice"));
        assertThat(subjectsTo(journey.pccEmail))
                .anyMatch(s -> s.contains("accepted your order"))
                .anyMatch(s -> s.contains("invoiced 10 units"));
        assertThat(subjectsTo(journey.regionEmail))
                .as("the region is asked to sign each version and told when it takes effect")
                .anyMatch(s -> s.contains("waiting for your signature"))
                .anyMatch(s -> s.contains("now in force"));
    }

    private static String placedAndApproved(PooledMentoring journey, ApiClient approver, String pool) {
        HttpAnswer placed = journey.order(10);
        assertThat(placed.body()).contains("\"status\":\"AWAITING_APPROVAL\"", pool);
        String order = PooledMentoring.id(placed);
        assertThat(approver.post("/api/orders/" + order + "/approval", "").body())
                .contains("\"status\":\"SENT_TO_PROVIDER\"");
        return order;
    }

    private List<String> noticesTo(String organisationId) {
        return notices.unread(UUID.fromString(organisationId)).stream()
                .map(Notice::messageKey)
                .toList();
    }

    private List<String> subjectsTo(String recipient) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection()
                    .prepareStatement("select subject from email_outbox where recipient = ? order by created_at")) {
                select.setString(1, recipient);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> subjects = new ArrayList<>();
                    while (rows.next()) {
                        subjects.add(rows.getString(1));
                    }
                    return subjects;
                }
            }
        });
    }
}
