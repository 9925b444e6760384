package uk.gov.justice.marketplace.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.RateCardOffers;
import uk.gov.justice.marketplace.ratecard.RateCards;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.ratecard.ServiceDetails;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * The people of an ordering test through the API: a commissioner with a budget, a provider with a published
 * service in West Yorkshire, and reading fields out of the answers.
 */
@Singleton
class Market {

    static final String AREA = "west-yorkshire";

    private final JdbcOperations jdbc;
    private final Accounts accounts;
    private final Portal portal;
    private final RateCardFixtures fixtures;
    private final RateCards rateCards;
    private final RateCardOffers offers;
    private final Clock clock;

    Market(
            JdbcOperations jdbc,
            Accounts accounts,
            Portal portal,
            RateCardFixtures fixtures,
            RateCards rateCards,
            RateCardOffers offers,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.portal = portal;
        this.fixtures = fixtures;
        this.rateCards = rateCards;
        this.offers = offers;
        this.clock = clock;
    }

    /**
     * The service's clock for an ordering test: July 2026, in the 2026-27 financial year, from the moment the test
     * instance is made (whichever instance the service's clock comes from).
     */
    static MovableClock firstOfJuly2026() {
        MovableClock clock = new MovableClock();
        clock.advanceTo(Instant.parse("2026-07-01T09:00:00Z"));
        return clock;
    }

    ApiClient as(String email) {
        return portal.api(accounts.tokenFor(email));
    }

    /** A mentoring provider approved on the register for West Yorkshire; its admin's API client. */
    ApiClient provider(String name) {
        return fixtures.mentoringProvider(name);
    }

    UUID organisationOf(ApiClient client) {
        return fixtures.viewerOf(client).organisationId();
    }

    /** A published mentoring service at £85 a session, with so many sessions a month and no minimum order. */
    UUID service(ApiClient provider, int capacity) {
        return service(provider, capacity, 1);
    }

    UUID service(ApiClient provider, int capacity, int minimumOrder) {
        ServiceDetails m = RateCardFixtures.mentoring(CapacityPeriod.MONTH, new ServedArea(AREA, capacity));
        ServiceDetails details = new ServiceDetails(
                m.speciality(),
                m.unit(),
                m.titleEn(),
                m.titleCy(),
                m.descriptionEn(),
                m.descriptionCy(),
                m.cohorts(),
                m.areas(),
                minimumOrder,
                m.capacityPeriod(),
                m.leadTimeDays(),
                m.welshDelivery(),
                m.evidence(),
                null,
                null);
        Viewer viewer = fixtures.viewerOf(provider);
        UUID draft = rateCards.draft(viewer, details).id();
        rateCards.setPrice(viewer, draft, new BigDecimal("85.00"), VatTreatment.EXEMPT, LocalDate.now(clock));
        return rateCards.publish(viewer, draft).id();
    }

    /** Sessions of the service still free in July 2026, as the rate card counts them. */
    int unitsLeftInJuly(UUID service) {
        return offers.unitsLeft(service, AREA, new Period(CapacityPeriod.MONTH, LocalDate.of(2026, 7, 1)));
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
