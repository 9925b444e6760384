package uk.gov.justice.marketplace.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Published rate-card services written straight into the rate card's tables (V27), for tests of what buyers do
 * with them: a provider's publishing journey (approved EoI and all) is the rate card's own tests' business.
 */
@Singleton
public class RateCardServices {

    private final JdbcOperations jdbc;

    RateCardServices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A published service in one area at a price in force since the start of 2026, with so many units a month. */
    @Transactional
    public UUID published(
            Viewer provider, String title, String area, String unitPrice, int minimumOrder, int capacity) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T09:00:00Z"));
        jdbc.prepareStatement(
                "insert into rate_card_service (id, provider_id, provider_name, status, speciality, unit, title_en, "
                        + "title_cy, description_en, description_cy, minimum_order, capacity_period, lead_time_days, "
                        + "welsh_delivery, created_at, updated_at, published_at) values "
                        + "(?, ?, ?, 'PUBLISHED', 'mentoring', 'SESSION', ?, ?, 'One-to-one mentoring', "
                        + "'Mentora un i un', ?, 'MONTH', 5, false, ?, ?, ?)",
                s -> {
                    s.setObject(1, id, Types.OTHER);
                    s.setObject(2, provider.organisationId(), Types.OTHER);
                    s.setString(3, provider.organisationName());
                    s.setString(4, title);
                    s.setString(5, title + " (cy)");
                    s.setInt(6, minimumOrder);
                    s.setTimestamp(7, now);
                    s.setTimestamp(8, now);
                    s.setTimestamp(9, now);
                    return s.executeUpdate();
                });
        jdbc.prepareStatement(
                "insert into rate_card_service_area (service_id, area_code, capacity) values (?, ?, ?)", s -> {
                    s.setObject(1, id, Types.OTHER);
                    s.setString(2, area);
                    s.setInt(3, capacity);
                    return s.executeUpdate();
                });
        jdbc.prepareStatement(
                "insert into rate_card_price (service_id, version, amount, currency, vat, effective_from, set_at, "
                        + "set_by) values (?, 1, ?, 'GBP', 'EXEMPT', ?, ?, ?)",
                s -> {
                    s.setObject(1, id, Types.OTHER);
                    s.setBigDecimal(2, new BigDecimal(unitPrice));
                    s.setDate(3, Date.valueOf(LocalDate.of(2026, 1, 1)));
                    s.setTimestamp(4, now);
                    s.setObject(5, provider.userId(), Types.OTHER);
                    return s.executeUpdate();
                });
        return id;
    }

    /** Units reserved in a period, as the rate card counts them. */
    @Transactional
    public int reserved(UUID serviceId, LocalDate periodStart) {
        return jdbc.prepareStatement(
                "select coalesce(sum(reserved), 0) from rate_card_capacity where service_id = ? and period_start = ?",
                s -> {
                    s.setObject(1, serviceId, Types.OTHER);
                    s.setDate(2, Date.valueOf(periodStart));
                    try (var row = s.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }
}
