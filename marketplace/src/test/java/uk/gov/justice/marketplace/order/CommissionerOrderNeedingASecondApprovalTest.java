package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.field;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;

/**
 * Above £500 (this test's threshold) an order waits, unseen by the provider, until a colleague with the approver
 * role signs it off: not the person who placed it (even an approver), and not a colleague without the role.
 */
@MarketplaceTest
class CommissionerOrderNeedingASecondApprovalTest implements FreshDatabase {

    private static final String PCC = "South Yorkshire Mayoral Combined Authority";

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    @Inject
    Notices notices;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.orders.second-approval-above", "500");
        return properties;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void only_an_approver_who_did_not_place_it_sends_it_to_the_provider() {
        ApiClient admin = market.as(accounts.commissioner(PCC));
        ApiClient placer = market.as(accounts.approver(PCC));
        ApiClient provider = market.provider("Sheffield Mentors");
        UUID service = market.service(provider, 50);
        String budget = market.budget(admin, "10000");
        ApiClient colleague = market.as(accounts.commissionerMember(PCC));
        ApiClient approver = market.as(accounts.approver(PCC));

        String small = field(order(placer, service, budget, 5).body(), "status");
        String id = field(order(placer, service, budget, 8).body(), "id");

        assertThat(small).as("£425 needs no second approval").isEqualTo("SENT_TO_PROVIDER");
        assertThat(field(placer.get("/api/orders/" + id).body(), "status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(provider.get("/api/orders/" + id).status()).isEqualTo(404);
        assertThat(provider.post("/api/orders/" + id + "/acceptance", "").status())
                .isEqualTo(404);
        assertThat(placer.post("/api/orders/" + id + "/approval", "").body()).contains("You placed this order");
        assertThat(colleague.post("/api/orders/" + id + "/approval", "").status())
                .isEqualTo(403);

        String approved = approver.post("/api/orders/" + id + "/approval", "").body();

        assertThat(field(approved, "status")).isEqualTo("SENT_TO_PROVIDER");
        assertThat(field(provider.post("/api/orders/" + id + "/acceptance", "").body(), "status"))
                .isEqualTo("ACCEPTED");
        assertThat(approver.post("/api/orders/" + id + "/approval", "").status())
                .as("approved once is approved")
                .isEqualTo(409);
    }

    @Test
    void an_order_cancelled_before_its_approval_never_reaches_the_provider() {
        ApiClient admin = market.as(accounts.commissioner("Cleveland PCC"));
        ApiClient provider = market.provider("Middlesbrough Mentors");
        UUID service = market.service(provider, 50);
        String id =
                field(order(admin, service, market.budget(admin, "10000"), 8).body(), "id");

        String cancelled = admin.post("/api/orders/" + id + "/cancellation", "{\"reason\": \"Bought elsewhere\"}")
                .body();

        assertThat(field(cancelled, "status")).isEqualTo("CANCELLED");
        assertThat(notices.unread(market.organisationOf(provider)))
                .extracting(n -> n.messageKey())
                .noneMatch(key -> key.startsWith("order."));
        assertThat(provider.get("/api/orders").body()).isEqualTo("[]");
    }
}
