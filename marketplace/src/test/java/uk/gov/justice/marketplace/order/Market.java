package uk.gov.justice.marketplace.order;

import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardServices;

/**
 * The people of an ordering test through the API: a commissioner with a budget, a provider with a published
 * service in West Yorkshire, and reading fields out of the answers.
 */
@Singleton
class Market {

    static final String AREA = "pfa-west-yorkshire";

    private final Accounts accounts;
    private final Portal portal;
    private final RateCardServices services;

    Market(Accounts accounts, Portal portal, RateCardServices services) {
        this.accounts = accounts;
        this.portal = portal;
        this.services = services;
    }

    ApiClient as(String email) {
        return portal.api(accounts.tokenFor(email));
    }

    /** A published mentoring service at £85 a session, minimum order 2, with so many sessions a month. */
    UUID service(String providerEmail, int capacity) {
        return services.published(
                accounts.viewer(providerEmail), "Mentoring for young adults", AREA, "85.00", 2, capacity);
    }

    /** Sets the commissioner's own 2026-27 budget and answers its id. */
    String budget(ApiClient admin, String pounds) {
        HttpAnswer set = admin.put(
                "/api/budgets",
                "{\"year\": \"2026-27\", \"amount\": " + pounds + ", \"name\": \"Reducing reoffending\"}");
        if (set.status() != 200) {
            throw new AssertionError(set.body());
        }
        return field(set.body(), "id");
    }

    static HttpAnswer order(ApiClient commissioner, UUID service, String budget, int units) {
        return commissioner.post(
                "/api/orders",
                "{\"serviceId\": \"" + service + "\", \"area\": \"" + AREA + "\", \"period\": \"2026-07\", \"units\": "
                        + units + ", \"budgetId\": \"" + budget + "\"}");
    }

    /** The first value of a field in a JSON answer (the order's own come before its invoices' and history's). */
    static String field(String json, String name) {
        Matcher value =
                Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|([-0-9.]+))").matcher(json);
        if (!value.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return value.group(1) != null ? value.group(1) : value.group(2);
    }
}
