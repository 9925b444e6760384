package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * Journey 3's cast through the API: a mentoring provider with a published rate-card service (sessions at £85 in
 * West Yorkshire), the West Yorkshire PCC hosting and the Probation Service's Yorkshire and the Humber region
 * funding a pooled agreement for it, and the steps they take: draft, vary, sign, order from the pool, deliver,
 * invoice and confirm.
 */
final class PooledMentoring {

    static final String AGREEMENTS = "/api/co-commissioning/agreements";
    static final String AREA = "west-yorkshire";

    /** Today's year and month: the service's own clock decides the day spent, so the tests follow it. */
    static final String YEAR =
            FinancialYear.containing(LocalDate.now(ZoneOffset.UTC)).toString();

    static final String MONTH = YearMonth.now(ZoneOffset.UTC).toString();

    final String pccEmail;
    final String regionEmail;
    final ApiClient pcc;
    final ApiClient region;
    final ApiClient provider;
    final String pccId;
    final String regionId;
    final UUID service;
    String agreement;

    private PooledMentoring(Portal portal, Accounts accounts, RateCardFixtures rateCard) {
        pccEmail = accounts.commissioner("West Yorkshire Mayor's Policing Office");
        regionEmail = accounts.commissioner("Probation Service Yorkshire and the Humber");
        pcc = portal.api(accounts.tokenFor(pccEmail));
        region = portal.api(accounts.tokenFor(regionEmail));
        pccId = pcc.me("organisationId");
        regionId = region.me("organisationId");
        provider = rateCard.mentoringProvider("Leeds Young Adults Mentoring");
        service = rateCard.published(provider, "85.00", CapacityPeriod.MONTH, new ServedArea(AREA, 100))
                .id();
    }

    /** The provider has published its service; no agreement yet. */
    static PooledMentoring published(Portal portal, Accounts accounts, RateCardFixtures rateCard) {
        return new PooledMentoring(portal, accounts, rateCard);
    }

    /** The PCC drafts the agreement (version 1) with the pounds each funder commits out of the total. */
    HttpAnswer draft(String total, String pccPays, String regionPays) {
        HttpAnswer drafted = pcc.post(
                AGREEMENTS,
                "{\"name\": \"Young adult mentoring\", \"terms\": " + terms(total, pccPays, regionPays) + "}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        agreement = id(drafted);
        return drafted;
    }

    /** The PCC proposes a variation: the next version, with new pounds. */
    HttpAnswer vary(String reason, String total, String pccPays, String regionPays) {
        HttpAnswer varied = pcc.post(
                AGREEMENTS + "/" + agreement + "/versions",
                "{\"reason\": \"" + reason + "\", \"terms\": " + terms(total, pccPays, regionPays) + "}");
        assertThat(varied.status()).as(varied.body()).isEqualTo(201);
        return varied;
    }

    HttpAnswer sign(ApiClient funder, int version) {
        return funder.post(AGREEMENTS + "/" + agreement + "/versions/" + version + "/signatures", "{}");
    }

    void signByBoth(int version) {
        assertThat(sign(pcc, version).status()).isEqualTo(200);
        assertThat(sign(region, version).body()).contains("\"versionInForce\":" + version);
    }

    /** The pool's budget, the host's first (and only) one. */
    String pool() {
        return pcc.get("/api/budgets").body().replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    HttpAnswer order(int units) {
        return pcc.post(
                "/api/orders",
                "{\"serviceId\": \"" + service + "\", \"area\": \"" + AREA + "\", \"period\": \"" + MONTH
                        + "\", \"units\": " + units + ", \"budgetId\": \"" + pool() + "\"}");
    }

    /** An order the provider has accepted: the steps after placing (and any approval) it. */
    void acceptedDeliveredAndConfirmed(String order, int units) {
        assertThat(provider.post("/api/orders/" + order + "/acceptance", "").status())
                .isEqualTo(200);
        provider.post("/api/orders/" + order + "/deliveries", "{\"units\": " + units + "}");
        HttpAnswer invoiced = provider.post("/api/orders/" + order + "/invoices", "{\"units\": " + units + "}");
        assertThat(invoiced.status()).as(invoiced.body()).isEqualTo(201);
        String invoice = invoiced.body().replaceAll("(?s).*\"invoices\":\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpAnswer confirmed = pcc.post("/api/orders/" + order + "/invoices/" + invoice + "/confirmation", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }

    /** Ten sessions (£850) ordered from the pool, delivered, invoiced and confirmed: spend. */
    void confirmedSpendOfTenSessions() {
        HttpAnswer placed = order(10);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        acceptedDeliveredAndConfirmed(id(placed), 10);
    }

    HttpAnswer spend(ApiClient funder) {
        return funder.get(AGREEMENTS + "/" + agreement + "/spend?year=" + YEAR);
    }

    static String id(HttpAnswer answer) {
        return answer.body().replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    String terms(String total, String pccPays, String regionPays) {
        return """
                {"hostId": "%1$s", "funding": "POOLED", "riskRule": "PRO_RATA",
                 "years": [{"financialYear": "%6$s", "total": %3$s}],
                 "funders": [
                   {"organisationId": "%1$s", "planName": "Police and Crime Plan 2025-29",
                    "contributions": [{"financialYear": "%6$s", "amount": %4$s}]},
                   {"organisationId": "%2$s",
                    "contributions": [{"financialYear": "%6$s", "amount": %5$s}]}],
                 "serviceIds": ["%7$s"],
                 "areas": ["%8$s"],
                 "priorities": [{"funderId": "%1$s", "english": "Fewer young adults reoffending",
                                 "welsh": "Llai o oedolion ifanc yn aildroseddu"}]}"""
                .formatted(pccId, regionId, total, pccPays, regionPays, YEAR, service, AREA);
    }
}
