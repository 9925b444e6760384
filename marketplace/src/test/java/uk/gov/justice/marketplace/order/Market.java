package uk.gov.justice.marketplace.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
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

    private final JdbcOperations jdbc;
    private final Accounts accounts;
    private final Portal portal;
    private final RateCardServices services;

    Market(JdbcOperations jdbc, Accounts accounts, Portal portal, RateCardServices services) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.portal = portal;
        this.services = services;
    }

    ApiClient as(String email) {
        return portal.api(accounts.tokenFor(email));
    }

    /** A published mentoring service at £85 a session, with so many sessions a month and no minimum order. */
    UUID service(String providerEmail, int capacity) {
        return service(providerEmail, capacity, 1);
    }

    UUID service(String providerEmail, int capacity, int minimumOrder) {
        return services.published(
                accounts.viewer(providerEmail), "Mentoring for young adults", AREA, "85.00", minimumOrder, capacity);
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

    /** A count the test reads straight from the tables, to see nothing was half-written. */
    @ReadOnly
    int countOf(String sql) {
        return jdbc.prepareStatement(sql, s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
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
