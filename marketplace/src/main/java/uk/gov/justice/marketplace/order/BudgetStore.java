package uk.gov.justice.marketplace.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
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
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * Budgets as rows (V33). Loading one to charge an order takes its row lock, so two orders placed at once against
 * the last of a budget are judged one after the other and the second sees what the first committed.
 */
@Singleton
class BudgetStore {

    private static final String COLUMNS = "id, holder_id, agreement_id, financial_year, name, amount, currency";

    /** What an order holds against its budget: everything while it runs, only what was confirmed once over. */
    private static final String COMMITTED = "coalesce(sum(case when o.status in ('DECLINED', 'CANCELLED') then "
            + "(select coalesce(sum(i.amount), 0) from order_invoice i where i.order_id = o.id "
            + "and i.status = 'CONFIRMED') else o.amount end), 0)";

    private final JdbcOperations jdbc;

    BudgetStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void save(Budget budget, String by, Instant at) {
        jdbc.prepareStatement(
                "insert into budget (" + COLUMNS + ", set_at, set_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (id) do update set amount = excluded.amount, name = excluded.name, "
                        + "set_at = excluded.set_at, set_by = excluded.set_by",
                statement -> {
                    statement.setObject(1, budget.id(), Types.OTHER);
                    statement.setObject(2, budget.holderId(), Types.OTHER);
                    statement.setObject(3, budget.agreementId(), Types.OTHER);
                    statement.setString(4, budget.year().toString());
                    statement.setString(5, budget.name());
                    statement.setBigDecimal(6, budget.amount().amount());
                    statement.setString(7, budget.amount().currency());
                    statement.setTimestamp(8, Timestamp.from(at));
                    statement.setString(9, by);
                    return statement.executeUpdate();
                });
    }

    /** What a pool may buy, replaced as each version of its agreement takes effect. */
    void saveBuys(UUID budgetId, PoolBudgets.Purchases buys) {
        jdbc.prepareStatement(
                "insert into pool_budget_purchase (budget_id, service_ids, areas) values (?, ?, ?) "
                        + "on conflict (budget_id) do update set service_ids = excluded.service_ids, "
                        + "areas = excluded.areas",
                statement -> {
                    Connection connection = statement.getConnection();
                    statement.setObject(1, budgetId, Types.OTHER);
                    statement.setArray(
                            2,
                            connection.createArrayOf("uuid", buys.serviceIds().toArray()));
                    statement.setArray(
                            3, connection.createArrayOf("text", buys.areas().toArray()));
                    return statement.executeUpdate();
                });
    }

    /** What a pool may buy; empty for a commissioner's own budget, which buys anything on the rate card. */
    Optional<PoolBudgets.Purchases> buysOf(UUID budgetId) {
        return jdbc.prepareStatement(
                "select service_ids, areas from pool_budget_purchase where budget_id = ?", statement -> {
                    statement.setObject(1, budgetId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.<PoolBudgets.Purchases>empty();
                        }
                        return Optional.of(new PoolBudgets.Purchases(
                                List.of((UUID[]) row.getArray(1).getArray()),
                                List.of((String[]) row.getArray(2).getArray())));
                    }
                });
    }

    Optional<Budget> lock(UUID id) {
        return one("select " + COLUMNS + " from budget where id = ? for update", s -> s.setObject(1, id, Types.OTHER));
    }

    Optional<Budget> read(UUID id) {
        return one("select " + COLUMNS + " from budget where id = ?", s -> s.setObject(1, id, Types.OTHER));
    }

    /** The holder's own budget for a year, locked: setting it twice at once makes one row, not two. */
    Optional<Budget> lockOwn(UUID holderId, FinancialYear year) {
        return one(
                "select " + COLUMNS + " from budget where holder_id = ? and financial_year = ? "
                        + "and agreement_id is null for update",
                s -> {
                    s.setObject(1, holderId, Types.OTHER);
                    s.setString(2, year.toString());
                });
    }

    Optional<Budget> lockPool(UUID agreementId, UUID holderId, FinancialYear year) {
        return one(
                "select " + COLUMNS + " from budget where agreement_id = ? and holder_id = ? "
                        + "and financial_year = ? for update",
                s -> {
                    s.setObject(1, agreementId, Types.OTHER);
                    s.setObject(2, holderId, Types.OTHER);
                    s.setString(3, year.toString());
                });
    }

    /** Serialises the first setting of a holder's budgets, when there is no row yet to lock. */
    void lockHolder(UUID holderId) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext('budget'), hashtext(?))", s -> {
            s.setString(1, holderId.toString());
            s.execute();
            return null;
        });
    }

    List<Budget.Standing> heldBy(UUID holderId) {
        return jdbc.prepareStatement(
                "select " + COLUMNS + " from budget where holder_id = ? order by financial_year desc, name",
                statement -> {
                    statement.setObject(1, holderId, Types.OTHER);
                    List<Budget> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(budget(rows));
                        }
                    }
                    List<Budget.Standing> standings = new ArrayList<>();
                    for (Budget budget : found) {
                        standings.add(standing(statement.getConnection(), budget));
                    }
                    return standings;
                });
    }

    Budget.Standing standing(Budget budget) {
        return jdbc.execute(connection -> standing(connection, budget));
    }

    Money committed(UUID budgetId, String currency) {
        return jdbc.prepareStatement(
                "select " + COMMITTED + " from purchase_order o where o.budget_id = ?", statement -> {
                    statement.setObject(1, budgetId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return new Money(row.getBigDecimal(1), currency);
                    }
                });
    }

    private static Budget.Standing standing(Connection connection, Budget budget) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COMMITTED + ", (select coalesce(sum(i.amount), 0) from order_invoice i "
                        + "join purchase_order p on p.id = i.order_id where p.budget_id = ? "
                        + "and i.status = 'CONFIRMED') from purchase_order o where o.budget_id = ?")) {
            statement.setObject(1, budget.id(), Types.OTHER);
            statement.setObject(2, budget.id(), Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String currency = budget.amount().currency();
                return new Budget.Standing(
                        budget, new Money(row.getBigDecimal(1), currency), new Money(row.getBigDecimal(2), currency));
            }
        }
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private Optional<Budget> one(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(budget(row)) : Optional.<Budget>empty();
            }
        });
    }

    private static Budget budget(ResultSet row) throws SQLException {
        return new Budget(
                row.getObject("id", UUID.class),
                row.getObject("holder_id", UUID.class),
                row.getObject("agreement_id", UUID.class),
                FinancialYear.parse(row.getString("financial_year")),
                row.getString("name"),
                new Money(row.getBigDecimal("amount"), row.getString("currency")));
    }
}
