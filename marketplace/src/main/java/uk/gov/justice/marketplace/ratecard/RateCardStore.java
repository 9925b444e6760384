package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.DatedHistory;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;

/**
 * Rate-card services as rows (V27): the service, its cohorts, served areas, evidence and prices, the capacity
 * reserved per period, and the outbox row every change writes for the search index. Loading for a change takes the
 * service's row lock (ADR 0007); reserving takes the lock of the one capacity row it counts against.
 */
@Singleton
class RateCardStore {

    private static final String COLUMNS = "id, provider_id, provider_name, status, speciality, unit, title_en, "
            + "title_cy, description_en, description_cy, minimum_order, capacity_period, lead_time_days, "
            + "welsh_delivery, above_guide_reason_en, above_guide_reason_cy, created_at, updated_at, published_at, "
            + "version";

    private final JdbcOperations jdbc;

    RateCardStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void create(RateCardService service) {
        jdbc.prepareStatement(
                "insert into rate_card_service (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, service.id(), Types.OTHER);
                    statement.setObject(2, service.providerId(), Types.OTHER);
                    bindChangeable(statement, service, 3);
                    statement.setTimestamp(17, Timestamp.from(service.createdAt()));
                    statement.setTimestamp(18, Timestamp.from(service.updatedAt()));
                    statement.setTimestamp(19, timestamp(service.publishedAt()));
                    statement.setInt(20, service.version());
                    return statement.executeUpdate();
                });
        saveParts(service);
    }

    /** Writes the service as it now is; prices already stored are never rewritten, new ones are added. */
    void save(RateCardService service) {
        jdbc.prepareStatement(
                "update rate_card_service set provider_name = ?, status = ?, speciality = ?, unit = ?, "
                        + "title_en = ?, title_cy = ?, description_en = ?, description_cy = ?, minimum_order = ?, "
                        + "capacity_period = ?, lead_time_days = ?, welsh_delivery = ?, above_guide_reason_en = ?, "
                        + "above_guide_reason_cy = ?, updated_at = ?, published_at = ?, version = ? where id = ?",
                statement -> {
                    bindChangeable(statement, service, 1);
                    statement.setTimestamp(15, Timestamp.from(service.updatedAt()));
                    statement.setTimestamp(16, timestamp(service.publishedAt()));
                    statement.setInt(17, service.version());
                    statement.setObject(18, service.id(), Types.OTHER);
                    return statement.executeUpdate();
                });
        saveParts(service);
    }

    /** Tells the search index the service changed, in the transaction that changed it. */
    void changed(UUID serviceId, Instant at) {
        jdbc.prepareStatement("insert into rate_card_change (service_id, occurred_at) values (?, ?)", statement -> {
            statement.setObject(1, serviceId, Types.OTHER);
            statement.setTimestamp(2, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    Optional<RateCardService> lock(UUID id) {
        return one(id, " for update");
    }

    /**
     * The service with a share lock until the transaction ends: reservations read its capacity together, and a
     * provider changing that capacity (which takes the row's update lock) waits for them, and they for it.
     */
    Optional<RateCardService> readShared(UUID id) {
        return one(id, " for share");
    }

    Optional<RateCardService> read(UUID id) {
        return one(id, "");
    }

    private Optional<RateCardService> one(UUID id, String lock) {
        return services(
                        "select " + COLUMNS + " from rate_card_service where id = ?" + lock,
                        s -> s.setObject(1, id, Types.OTHER))
                .stream()
                .findFirst();
    }

    List<RateCardService> ofProvider(UUID providerId) {
        return services(
                "select " + COLUMNS + " from rate_card_service where provider_id = ? order by lower(title_en)",
                s -> s.setObject(1, providerId, Types.OTHER));
    }

    /**
     * The most units reserved in any one period from {@code from} on, per served area that has any: an area the
     * service may not stop serving, and a capacity it may not go below.
     */
    Map<String, Integer> mostReservedFrom(UUID serviceId, LocalDate from) {
        return jdbc.prepareStatement(
                "select area_code, max(reserved) from rate_card_capacity "
                        + "where service_id = ? and period_start >= ? and reserved > 0 group by area_code",
                statement -> {
                    statement.setObject(1, serviceId, Types.OTHER);
                    statement.setDate(2, Date.valueOf(from));
                    Map<String, Integer> most = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            most.put(rows.getString(1), rows.getInt(2));
                        }
                    }
                    return most;
                });
    }

    /**
     * The units reserved in a period of a served area, with that row locked until the transaction ends. The row is
     * made first when the period has none, so there is always a row to lock: two first orders in a period queue on
     * it like any others.
     */
    int lockReserved(UUID serviceId, String areaCode, Period period) {
        jdbc.prepareStatement(
                "insert into rate_card_capacity (service_id, area_code, period_start, reserved) "
                        + "values (?, ?, ?, 0) on conflict do nothing",
                statement -> {
                    bindCapacity(statement, serviceId, areaCode, period);
                    return statement.executeUpdate();
                });
        return jdbc.prepareStatement(
                "select reserved from rate_card_capacity "
                        + "where service_id = ? and area_code = ? and period_start = ? for update",
                statement -> {
                    bindCapacity(statement, serviceId, areaCode, period);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }

    void setReserved(UUID serviceId, String areaCode, Period period, int reserved) {
        jdbc.prepareStatement(
                "update rate_card_capacity set reserved = ? "
                        + "where service_id = ? and area_code = ? and period_start = ?",
                statement -> {
                    statement.setInt(1, reserved);
                    statement.setObject(2, serviceId, Types.OTHER);
                    statement.setString(3, areaCode);
                    statement.setDate(4, Date.valueOf(period.start()));
                    return statement.executeUpdate();
                });
    }

    /** The units reserved so far, read without a lock (what a buyer is shown before ordering). */
    OptionalInt reserved(UUID serviceId, String areaCode, Period period) {
        return jdbc.prepareStatement(
                "select reserved from rate_card_capacity "
                        + "where service_id = ? and area_code = ? and period_start = ?",
                statement -> {
                    bindCapacity(statement, serviceId, areaCode, period);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
                    }
                });
    }

    private static void bindCapacity(PreparedStatement statement, UUID serviceId, String areaCode, Period period)
            throws SQLException {
        statement.setObject(1, serviceId, Types.OTHER);
        statement.setString(2, areaCode);
        statement.setDate(3, Date.valueOf(period.start()));
    }

    private static void bindChangeable(PreparedStatement statement, RateCardService service, int first)
            throws SQLException {
        ServiceDetails d = service.details();
        statement.setString(first, service.providerName());
        statement.setString(first + 1, service.status().name());
        statement.setString(first + 2, d.speciality());
        statement.setString(first + 3, d.unit().name());
        statement.setString(first + 4, d.titleEn());
        statement.setString(first + 5, d.titleCy());
        statement.setString(first + 6, d.descriptionEn());
        statement.setString(first + 7, d.descriptionCy());
        statement.setInt(first + 8, d.minimumOrder());
        statement.setString(first + 9, d.capacityPeriod().name());
        statement.setInt(first + 10, d.leadTimeDays());
        statement.setBoolean(first + 11, d.welshDelivery());
        statement.setString(first + 12, d.aboveGuideReasonEn());
        statement.setString(first + 13, d.aboveGuideReasonCy());
    }

    private void saveParts(RateCardService service) {
        UUID id = service.id();
        ServiceDetails d = service.details();
        replace(
                id,
                "delete from rate_card_service_cohort where service_id = ?",
                "insert into rate_card_service_cohort (service_id, cohort) values (?, ?)",
                d.cohorts());
        replace(
                id,
                "delete from rate_card_service_evidence where service_id = ?",
                "insert into rate_card_service_evidence (service_id, evidence_id) values (?, ?)",
                d.evidence());
        saveAreas(id, d.areas());
        savePrices(id, service.prices());
    }

    /** Areas no longer served go, with their empty capacity rows; the use case keeps any with units reserved. */
    private void saveAreas(UUID id, List<ServedArea> areas) {
        String[] codes = areas.stream().map(ServedArea::areaCode).toArray(String[]::new);
        for (String table : List.of("rate_card_capacity", "rate_card_service_area")) {
            jdbc.prepareStatement(
                    "delete from " + table + " where service_id = ? and not (area_code = any (?))", statement -> {
                        statement.setObject(1, id, Types.OTHER);
                        statement.setArray(2, statement.getConnection().createArrayOf("text", codes));
                        return statement.executeUpdate();
                    });
        }
        for (ServedArea area : areas) {
            jdbc.prepareStatement(
                    "insert into rate_card_service_area (service_id, area_code, capacity) values (?, ?, ?) "
                            + "on conflict (service_id, area_code) do update set capacity = excluded.capacity",
                    statement -> {
                        statement.setObject(1, id, Types.OTHER);
                        statement.setString(2, area.areaCode());
                        statement.setInt(3, area.capacity());
                        return statement.executeUpdate();
                    });
        }
    }

    private void savePrices(UUID id, DatedHistory<Price> prices) {
        for (int number = 1; number <= prices.size(); number++) {
            Dated<Price> dated = prices.version(number);
            int version = number;
            jdbc.prepareStatement(
                    "insert into rate_card_price (service_id, version, amount, currency, vat, effective_from, "
                            + "set_at, set_by) values (?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (service_id, version) do nothing",
                    statement -> {
                        statement.setObject(1, id, Types.OTHER);
                        statement.setInt(2, version);
                        statement.setBigDecimal(3, dated.value().unitPrice().amount());
                        statement.setString(4, dated.value().unitPrice().currency());
                        statement.setString(5, dated.value().vat().name());
                        statement.setDate(6, Date.valueOf(dated.effectiveFrom()));
                        statement.setTimestamp(7, Timestamp.from(dated.value().setAt()));
                        statement.setObject(8, dated.value().setBy(), Types.OTHER);
                        return statement.executeUpdate();
                    });
        }
    }

    /** The service's rows of a one-value list table, deleted and written again as the list now is. */
    private void replace(UUID id, String delete, String insert, List<?> values) {
        update(delete, id);
        for (Object value : values) {
            jdbc.prepareStatement(insert, statement -> {
                statement.setObject(1, id, Types.OTHER);
                statement.setObject(2, value);
                return statement.executeUpdate();
            });
        }
    }

    private void update(String sql, UUID id) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id, Types.OTHER);
            return statement.executeUpdate();
        });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<RateCardService> services(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<RateCardService> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(service(rows));
                }
            }
            List<RateCardService> whole = new ArrayList<>();
            for (RateCardService service : found) {
                whole.add(withParts(statement, service));
            }
            return whole;
        });
    }

    private static RateCardService service(ResultSet row) throws SQLException {
        ServiceDetails details = new ServiceDetails(
                row.getString("speciality"),
                Unit.valueOf(row.getString("unit")),
                row.getString("title_en"),
                row.getString("title_cy"),
                row.getString("description_en"),
                row.getString("description_cy"),
                List.of(),
                List.of(),
                row.getInt("minimum_order"),
                CapacityPeriod.valueOf(row.getString("capacity_period")),
                row.getInt("lead_time_days"),
                row.getBoolean("welsh_delivery"),
                List.of(),
                row.getString("above_guide_reason_en"),
                row.getString("above_guide_reason_cy"));
        Timestamp published = row.getTimestamp("published_at");
        return new RateCardService(
                row.getObject("id", UUID.class),
                row.getObject("provider_id", UUID.class),
                row.getString("provider_name"),
                ServiceStatus.valueOf(row.getString("status")),
                details,
                DatedHistory.empty(),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant(),
                row.getInt("version"));
    }

    /** The cohorts, areas, evidence and prices of a service, read on the statement's connection. */
    private static RateCardService withParts(PreparedStatement query, RateCardService s) throws SQLException {
        Connection connection = query.getConnection();
        List<String> cohorts = partsOf(
                connection,
                s,
                "select cohort from rate_card_service_cohort where service_id = ? order by cohort",
                rows -> rows.getString(1));
        List<ServedArea> areas = partsOf(
                connection,
                s,
                "select area_code, capacity from rate_card_service_area where service_id = ? order by area_code",
                rows -> new ServedArea(rows.getString(1), rows.getInt(2)));
        List<UUID> evidence = partsOf(
                connection,
                s,
                "select evidence_id from rate_card_service_evidence where service_id = ? order by evidence_id",
                rows -> rows.getObject(1, UUID.class));
        List<Dated<Price>> prices = partsOf(
                connection,
                s,
                "select amount, currency, vat, effective_from, set_at, set_by from rate_card_price "
                        + "where service_id = ? order by version",
                rows -> new Dated<>(
                        new Price(
                                new Money(rows.getBigDecimal(1), rows.getString(2)),
                                VatTreatment.valueOf(rows.getString(3)),
                                rows.getTimestamp(5).toInstant(),
                                rows.getObject(6, UUID.class)),
                        rows.getDate(4).toLocalDate()));
        ServiceDetails d = s.details();
        ServiceDetails whole = new ServiceDetails(
                d.speciality(),
                d.unit(),
                d.titleEn(),
                d.titleCy(),
                d.descriptionEn(),
                d.descriptionCy(),
                cohorts,
                areas,
                d.minimumOrder(),
                d.capacityPeriod(),
                d.leadTimeDays(),
                d.welshDelivery(),
                evidence,
                d.aboveGuideReasonEn(),
                d.aboveGuideReasonCy());
        return new RateCardService(
                s.id(),
                s.providerId(),
                s.providerName(),
                s.status(),
                whole,
                new DatedHistory<>(prices),
                s.createdAt(),
                s.updatedAt(),
                s.publishedAt(),
                s.version());
    }

    private interface Part<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> partsOf(Connection connection, RateCardService s, String sql, Part<T> part)
            throws SQLException {
        List<T> parts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, s.id(), Types.OTHER);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    parts.add(part.read(rows));
                }
            }
        }
        return parts;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
