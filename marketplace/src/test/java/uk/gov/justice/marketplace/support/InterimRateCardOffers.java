package uk.gov.justice.marketplace.support;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.OfferTerms;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.RateCardOffers;
import uk.gov.justice.marketplace.ratecard.Unit;

/**
 * The port's contract over the V27 tables (exact areas only), until the rate card's own implementation is merged;
 * {@code @Secondary}, so the real one wins as soon as it exists.
 */
@Secondary
@Singleton
class InterimRateCardOffers implements RateCardOffers {

    private final JdbcOperations jdbc;

    InterimRateCardOffers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OfferTerms termsFor(UUID serviceId, String area, LocalDate day) {
        return jdbc.prepareStatement(
                "select s.provider_id, s.provider_name, s.title_en, s.title_cy, s.speciality, s.unit, s.minimum_order, "
                        + "s.lead_time_days, s.capacity_period, p.amount, p.currency, p.vat, p.effective_from, "
                        + "(select a.area_code from rate_card_service_area a where a.service_id = s.id and a.area_code = ?) "
                        + "from rate_card_service s join rate_card_price p on p.service_id = s.id "
                        + "where s.id = ? and s.status = 'PUBLISHED' and p.effective_from <= ? "
                        + "order by p.effective_from desc limit 1",
                s -> {
                    s.setString(1, area);
                    s.setObject(2, serviceId, Types.OTHER);
                    s.setDate(3, Date.valueOf(day));
                    try (ResultSet row = s.executeQuery()) {
                        if (!row.next()) {
                            throw new NotFound("serviceId", "ratecard.error.service.none");
                        }
                        if (row.getString(14) == null) {
                            throw new InvalidInput("area", "ratecard.error.area.notServed");
                        }
                        return new OfferTerms(
                                serviceId,
                                row.getObject(1, UUID.class),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                Unit.valueOf(row.getString(6)),
                                new Money(row.getBigDecimal(10), row.getString(11)),
                                VatTreatment.valueOf(row.getString(12)),
                                row.getDate(13).toLocalDate(),
                                row.getInt(7),
                                row.getInt(8),
                                CapacityPeriod.valueOf(row.getString(9)),
                                row.getString(14));
                    }
                });
    }

    @Override
    public void reserve(UUID serviceId, String area, Period period, int units) {
        jdbc.prepareStatement(
                "insert into rate_card_capacity (service_id, area_code, period_start, reserved) values (?, ?, ?, 0) "
                        + "on conflict do nothing",
                s -> {
                    s.setObject(1, serviceId, Types.OTHER);
                    s.setString(2, area);
                    s.setDate(3, Date.valueOf(period.start()));
                    return s.executeUpdate();
                });
        int reserved = jdbc.prepareStatement(
                "select reserved from rate_card_capacity where service_id = ? and area_code = ? and period_start = ? "
                        + "for update",
                s -> {
                    s.setObject(1, serviceId, Types.OTHER);
                    s.setString(2, area);
                    s.setDate(3, Date.valueOf(period.start()));
                    try (ResultSet row = s.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
        if (reserved + units > capacity(serviceId, area)) {
            throw new InvalidInput("units", "order.error.units.noCapacity");
        }
        move(serviceId, area, period, units);
    }

    @Override
    public void release(UUID serviceId, String area, Period period, int units) {
        move(serviceId, area, period, -units);
    }

    @Override
    public int unitsLeft(UUID serviceId, String area, Period period) {
        return capacity(serviceId, area)
                - jdbc.prepareStatement(
                        "select coalesce(sum(reserved), 0) from rate_card_capacity where service_id = ? and area_code = ? "
                                + "and period_start = ?",
                        s -> {
                            s.setObject(1, serviceId, Types.OTHER);
                            s.setString(2, area);
                            s.setDate(3, Date.valueOf(period.start()));
                            try (ResultSet row = s.executeQuery()) {
                                row.next();
                                return row.getInt(1);
                            }
                        });
    }

    private int capacity(UUID serviceId, String area) {
        return jdbc.prepareStatement(
                "select capacity from rate_card_service_area where service_id = ? and area_code = ?", s -> {
                    s.setObject(1, serviceId, Types.OTHER);
                    s.setString(2, area);
                    try (ResultSet row = s.executeQuery()) {
                        return row.next() ? row.getInt(1) : 0;
                    }
                });
    }

    private void move(UUID serviceId, String area, Period period, int units) {
        jdbc.prepareStatement(
                "update rate_card_capacity set reserved = reserved + ? where service_id = ? and area_code = ? "
                        + "and period_start = ?",
                s -> {
                    s.setInt(1, units);
                    s.setObject(2, serviceId, Types.OTHER);
                    s.setString(3, area);
                    s.setDate(4, Date.valueOf(period.start()));
                    return s.executeUpdate();
                });
    }
}
