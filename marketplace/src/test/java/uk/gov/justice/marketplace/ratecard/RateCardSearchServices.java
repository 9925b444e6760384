package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.support.ApiClient;

/**
 * Published rate-card services for the search tests, written straight into the rate card's tables with the change
 * row the publishing side writes beside every change (the publishing use cases are built alongside).
 */
@Singleton
public class RateCardSearchServices {

    /** A service as the tests publish it; the withers change one term. */
    public record Offer(
            String title,
            String speciality,
            List<String> cohorts,
            Unit unit,
            String price,
            String vat,
            Map<String, Integer> capacity,
            CapacityPeriod period,
            int leadTimeDays,
            int minimumOrder,
            boolean welsh,
            boolean evidence) {

        public static Offer of(String title, String speciality, String area, Unit unit, String price) {
            return new Offer(
                    title,
                    speciality,
                    List.of("young-adults"),
                    unit,
                    price,
                    "EXEMPT",
                    Map.of(area, 20),
                    CapacityPeriod.MONTH,
                    10,
                    1,
                    false,
                    false);
        }

        public Offer inAreas(Map<String, Integer> unitsPerPeriod) {
            return with(cohorts, new LinkedHashMap<>(unitsPerPeriod), period, welsh, evidence);
        }

        public Offer perQuarter() {
            return with(cohorts, capacity, CapacityPeriod.QUARTER, welsh, evidence);
        }

        public Offer inWelsh() {
            return with(cohorts, capacity, period, true, evidence);
        }

        public Offer withEvidence() {
            return with(cohorts, capacity, period, welsh, true);
        }

        public Offer forCohorts(String... codes) {
            return with(List.of(codes), capacity, period, welsh, evidence);
        }

        /** The terms the withers change; the rest stay as published. */
        private Offer with(
                List<String> cohorts,
                Map<String, Integer> capacity,
                CapacityPeriod period,
                boolean welsh,
                boolean evidence) {
            return new Offer(
                    title,
                    speciality,
                    cohorts,
                    unit,
                    price,
                    vat,
                    capacity,
                    period,
                    leadTimeDays,
                    minimumOrder,
                    welsh,
                    evidence);
        }
    }

    private final JdbcOperations jdbc;
    private final Clock clock;

    RateCardSearchServices(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Publishes the offer for the provider the client signs in for; answers the service's id. */
    public UUID publish(ApiClient provider, Offer offer) {
        return write(provider, offer, "PUBLISHED");
    }

    public UUID draft(ApiClient provider, Offer offer) {
        return write(provider, offer, "DRAFT");
    }

    private UUID write(ApiClient provider, Offer offer, String status) {
        UUID id = UUID.randomUUID();
        insert(
                id,
                UUID.fromString(provider.me("organisationId")),
                provider.me("organisationName"),
                UUID.fromString(provider.me("userId")),
                offer,
                status);
        return id;
    }

    @Transactional
    void insert(UUID id, UUID providerId, String providerName, UUID userId, Offer offer, String status) {
        Timestamp now = Timestamp.from(clock.instant());
        update(
                "insert into rate_card_service (id, provider_id, provider_name, status, speciality, unit, title_en, "
                        + "title_cy, description_en, description_cy, minimum_order, capacity_period, lead_time_days, "
                        + "welsh_delivery, created_at, updated_at, published_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                providerId,
                providerName,
                status,
                offer.speciality(),
                offer.unit().name(),
                offer.title(),
                "Gwasanaeth: " + offer.title(),
                offer.title() + ", delivered by " + providerName + ".",
                offer.title() + ", gan " + providerName + ".",
                offer.minimumOrder(),
                offer.period().name(),
                offer.leadTimeDays(),
                offer.welsh(),
                now,
                now,
                status.equals("PUBLISHED") ? now : null);
        offer.cohorts()
                .forEach(c -> update("insert into rate_card_service_cohort (service_id, cohort) values (?, ?)", id, c));
        offer.capacity()
                .forEach((area, units) -> update(
                        "insert into rate_card_service_area (service_id, area_code, capacity) values (?, ?, ?)",
                        id,
                        area,
                        units));
        if (offer.evidence()) {
            update(
                    "insert into rate_card_service_evidence (service_id, evidence_id) values (?, ?)",
                    id,
                    UUID.randomUUID());
        }
        price(id, 1, offer.price(), offer.vat(), LocalDate.now(clock), userId);
        changed(id);
    }

    /** A new price from a day (today or later), as the provider sets it. */
    @Transactional
    public void reprice(UUID service, String amount, LocalDate from) {
        Object[] last = jdbc.prepareStatement(
                "select max(version), (select set_by from rate_card_price where service_id = ? limit 1), "
                        + "(select vat from rate_card_price where service_id = ? limit 1) "
                        + "from rate_card_price where service_id = ?",
                statement -> {
                    statement.setObject(1, service);
                    statement.setObject(2, service);
                    statement.setObject(3, service);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        return new Object[] {row.getInt(1), row.getObject(2, UUID.class), row.getString(3)};
                    }
                });
        price(service, (Integer) last[0] + 1, amount, (String) last[2], from, (UUID) last[1]);
        changed(service);
    }

    /** Units an accepted order takes in a period of one served area. */
    @Transactional
    public void reserve(UUID service, String area, LocalDate periodStart, int units) {
        update(
                "insert into rate_card_capacity (service_id, area_code, period_start, reserved) values (?, ?, ?, ?) "
                        + "on conflict (service_id, area_code, period_start) "
                        + "do update set reserved = rate_card_capacity.reserved + excluded.reserved",
                service,
                area,
                Date.valueOf(periodStart),
                units);
        changed(service);
    }

    @Transactional
    public void withdraw(UUID service) {
        update(
                "update rate_card_service set status = 'WITHDRAWN', updated_at = ? where id = ?",
                Timestamp.from(clock.instant()),
                service);
        changed(service);
    }

    private void price(UUID service, int version, String amount, String vat, LocalDate from, UUID by) {
        update(
                "insert into rate_card_price (service_id, version, amount, currency, vat, effective_from, set_at, "
                        + "set_by) values (?, ?, ?, 'GBP', ?, ?, ?, ?)",
                service,
                version,
                new BigDecimal(amount),
                vat,
                Date.valueOf(from),
                Timestamp.from(clock.instant()),
                by);
    }

    private void changed(UUID service) {
        update(
                "insert into rate_card_change (service_id, occurred_at) values (?, ?)",
                service,
                Timestamp.from(clock.instant()));
    }

    private void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        });
    }
}
