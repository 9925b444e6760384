package uk.gov.justice.marketplace.order;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.OfferTerms;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.Unit;

/**
 * Orders as rows (V33): one per order (its status in one column), its history steps and its invoices. Loading for
 * a change takes the order's row lock, so a provider accepting while the commissioner cancels is served one after
 * the other and the second sees the first's move.
 */
@Singleton
class OrderStore {

    private static final String COLUMNS = "id, commissioner_id, commissioner_name, placed_by, placed_by_email, "
            + "budget_id, service_id, provider_id, provider_name, title_en, title_cy, speciality, unit, unit_price, "
            + "currency, vat, price_effective_from, minimum_order, lead_time_days, area, served_area, period_kind, "
            + "period_start, units, amount, status, placed_at";

    private final JdbcOperations jdbc;

    OrderStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void create(Order order) {
        jdbc.prepareStatement(
                "insert into purchase_order (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    OfferTerms t = order.terms();
                    statement.setObject(1, order.id(), Types.OTHER);
                    statement.setObject(2, order.commissionerId(), Types.OTHER);
                    statement.setString(3, order.commissionerName());
                    statement.setObject(4, order.placedBy(), Types.OTHER);
                    statement.setString(5, order.placedByEmail());
                    statement.setObject(6, order.budgetId(), Types.OTHER);
                    statement.setObject(7, t.serviceId(), Types.OTHER);
                    statement.setObject(8, t.providerId(), Types.OTHER);
                    statement.setString(9, t.providerName());
                    statement.setString(10, t.titleEn());
                    statement.setString(11, t.titleCy());
                    statement.setString(12, t.speciality());
                    statement.setString(13, t.unit().name());
                    statement.setBigDecimal(14, t.unitPrice().amount());
                    statement.setString(15, t.unitPrice().currency());
                    statement.setString(16, t.vat().name());
                    statement.setDate(17, Date.valueOf(t.priceEffectiveFrom()));
                    statement.setInt(18, t.minimumOrder());
                    statement.setInt(19, t.leadTimeWorkingDays());
                    statement.setString(20, order.area());
                    statement.setString(21, t.servedArea());
                    statement.setString(22, order.period().kind().name());
                    statement.setDate(23, Date.valueOf(order.period().start()));
                    statement.setInt(24, order.units());
                    statement.setBigDecimal(25, order.amount().amount());
                    statement.setString(26, order.status().name());
                    statement.setTimestamp(27, Timestamp.from(order.placedAt()));
                    return statement.executeUpdate();
                });
        writeDetails(order);
    }

    /** Writes the status, the steps not yet stored and each invoice as it now stands; steps are never rewritten. */
    void save(Order order) {
        jdbc.prepareStatement("update purchase_order set status = ? where id = ?", statement -> {
            statement.setString(1, order.status().name());
            statement.setObject(2, order.id(), Types.OTHER);
            return statement.executeUpdate();
        });
        writeDetails(order);
    }

    /** Once an order reaches its provider it stays the provider's to read, whatever happens to it next. */
    private void markSent(Order order) {
        if (order.status() != Order.Status.AWAITING_APPROVAL && order.status() != Order.Status.CANCELLED) {
            jdbc.prepareStatement("update purchase_order set sent_to_provider = true where id = ?", statement -> {
                statement.setObject(1, order.id(), Types.OTHER);
                return statement.executeUpdate();
            });
        }
    }

    boolean sentToProvider(UUID id) {
        return jdbc.prepareStatement("select sent_to_provider from purchase_order where id = ?", statement -> {
            statement.setObject(1, id, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }

    private void writeDetails(Order order) {
        markSent(order);
        jdbc.execute(connection -> {
            try (PreparedStatement steps = connection.prepareStatement(
                    "insert into order_step (order_id, position, event, actor, at, reason, units) "
                            + "values (?, ?, ?, ?, ?, ?, ?) on conflict (order_id, position) do nothing")) {
                for (int position = 0; position < order.history().size(); position++) {
                    Order.Step step = order.history().get(position);
                    steps.setObject(1, order.id(), Types.OTHER);
                    steps.setInt(2, position);
                    steps.setString(3, step.event());
                    steps.setString(4, step.cause().actor());
                    steps.setTimestamp(5, Timestamp.from(step.cause().at()));
                    steps.setString(6, step.cause().reason());
                    steps.setObject(7, step.units() == 0 ? null : step.units(), Types.INTEGER);
                    steps.addBatch();
                }
                steps.executeBatch();
            }
            try (PreparedStatement invoices = connection.prepareStatement(
                    "insert into order_invoice (id, order_id, units, amount, currency, status, raised_at, raised_by, "
                            + "settled_at, settled_by, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (id) do update set status = excluded.status, "
                            + "settled_at = excluded.settled_at, settled_by = excluded.settled_by, "
                            + "reason = excluded.reason")) {
                for (Order.Invoice invoice : order.invoices()) {
                    Cause settled = invoice.settled();
                    invoices.setObject(1, invoice.id(), Types.OTHER);
                    invoices.setObject(2, order.id(), Types.OTHER);
                    invoices.setInt(3, invoice.units());
                    invoices.setBigDecimal(4, invoice.amount().amount());
                    invoices.setString(5, invoice.amount().currency());
                    invoices.setString(6, invoice.status().name());
                    invoices.setTimestamp(7, Timestamp.from(invoice.raised().at()));
                    invoices.setString(8, invoice.raised().actor());
                    invoices.setTimestamp(9, settled == null ? null : Timestamp.from(settled.at()));
                    invoices.setString(10, settled == null ? null : settled.actor());
                    invoices.setString(11, settled == null ? null : settled.reason());
                    invoices.addBatch();
                }
                invoices.executeBatch();
            }
            return null;
        });
    }

    Optional<Order> lock(UUID id) {
        return orders(
                        "select " + COLUMNS + " from purchase_order where id = ? for update",
                        s -> s.setObject(1, id, Types.OTHER))
                .stream()
                .findFirst();
    }

    Optional<Order> read(UUID id) {
        return orders("select " + COLUMNS + " from purchase_order where id = ?", s -> s.setObject(1, id, Types.OTHER))
                .stream()
                .findFirst();
    }

    List<Order> placedBy(UUID commissionerId) {
        return orders(
                "select " + COLUMNS + " from purchase_order where commissioner_id = ? order by placed_at desc",
                s -> s.setObject(1, commissionerId, Types.OTHER));
    }

    List<Order> forProvider(UUID providerId) {
        return orders(
                "select " + COLUMNS + " from purchase_order where provider_id = ? and sent_to_provider "
                        + "order by placed_at desc",
                s -> s.setObject(1, providerId, Types.OTHER));
    }

    List<Order> chargedTo(UUID budgetId) {
        return orders(
                "select " + COLUMNS + " from purchase_order where budget_id = ? order by placed_at",
                s -> s.setObject(1, budgetId, Types.OTHER));
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<Order> orders(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<Order> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(order(statement.getConnection(), rows));
                }
            }
            return found;
        });
    }

    private static Order order(Connection connection, ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String currency = row.getString("currency");
        OfferTerms terms = new OfferTerms(
                row.getObject("service_id", UUID.class),
                row.getObject("provider_id", UUID.class),
                row.getString("provider_name"),
                row.getString("title_en"),
                row.getString("title_cy"),
                row.getString("speciality"),
                Unit.valueOf(row.getString("unit")),
                new Money(row.getBigDecimal("unit_price"), currency),
                VatTreatment.valueOf(row.getString("vat")),
                row.getDate("price_effective_from").toLocalDate(),
                row.getInt("minimum_order"),
                row.getInt("lead_time_days"),
                CapacityPeriod.valueOf(row.getString("period_kind")),
                row.getString("served_area"));
        return new Order(
                id,
                row.getObject("commissioner_id", UUID.class),
                row.getString("commissioner_name"),
                row.getObject("placed_by", UUID.class),
                row.getString("placed_by_email"),
                row.getObject("budget_id", UUID.class),
                terms,
                row.getString("area"),
                new Period(
                        CapacityPeriod.valueOf(row.getString("period_kind")),
                        row.getDate("period_start").toLocalDate()),
                row.getInt("units"),
                new Money(row.getBigDecimal("amount"), currency),
                Order.Status.valueOf(row.getString("status")),
                row.getTimestamp("placed_at").toInstant(),
                invoices(connection, id, currency),
                steps(connection, id));
    }

    private static List<Order.Invoice> invoices(Connection connection, UUID orderId, String currency)
            throws SQLException {
        List<Order.Invoice> invoices = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, units, amount, status, raised_at, raised_by, settled_at, settled_by, reason "
                        + "from order_invoice where order_id = ? order by raised_at, id")) {
            statement.setObject(1, orderId, Types.OTHER);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp settledAt = rows.getTimestamp("settled_at");
                    Cause settled = settledAt == null
                            ? null
                            : cause(rows.getString("settled_by"), settledAt.toInstant(), rows.getString("reason"));
                    invoices.add(new Order.Invoice(
                            rows.getObject("id", UUID.class),
                            rows.getInt("units"),
                            new Money(rows.getBigDecimal("amount"), currency),
                            Order.InvoiceStatus.valueOf(rows.getString("status")),
                            Cause.by(
                                            rows.getString("raised_by"),
                                            rows.getTimestamp("raised_at").toInstant())
                                    .withoutReason(),
                            settled));
                }
            }
        }
        return invoices;
    }

    private static List<Order.Step> steps(Connection connection, UUID orderId) throws SQLException {
        List<Order.Step> steps = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select event, actor, at, reason, units from order_step where order_id = ? order by position")) {
            statement.setObject(1, orderId, Types.OTHER);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(new Order.Step(
                            rows.getString("event"),
                            cause(
                                    rows.getString("actor"),
                                    rows.getTimestamp("at").toInstant(),
                                    rows.getString("reason")),
                            rows.getInt("units")));
                }
            }
        }
        return steps;
    }

    private static Cause cause(String actor, Instant at, String reason) {
        Cause.By by = Cause.by(actor, at);
        return reason == null ? by.withoutReason() : by.because(reason);
    }
}
