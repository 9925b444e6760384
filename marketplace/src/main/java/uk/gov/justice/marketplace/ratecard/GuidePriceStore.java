package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;

/**
 * The steward's guide prices (V27), every version kept. Setting one takes a transaction-scoped advisory lock on its
 * speciality and unit, so two stewards at once get versions one after the other rather than the same number.
 */
@Singleton
class GuidePriceStore {

    private static final String COLUMNS = "speciality, unit, version, amount, currency, set_at, set_by, reason";

    private final JdbcOperations jdbc;

    GuidePriceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The next version number of the speciality and unit's guide price, held until the transaction ends. */
    int lockNextVersion(String speciality, Unit unit) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext(?))", statement -> {
            statement.setString(1, "rate_card_guide_price/" + speciality + "/" + unit.name());
            statement.execute();
            return null;
        });
        return jdbc.prepareStatement(
                "select coalesce(max(version), 0) + 1 from rate_card_guide_price where speciality = ? and unit = ?",
                statement -> {
                    statement.setString(1, speciality);
                    statement.setString(2, unit.name());
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }

    void add(GuidePrice guide) {
        jdbc.prepareStatement(
                "insert into rate_card_guide_price (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, guide.speciality());
                    statement.setString(2, guide.unit().name());
                    statement.setInt(3, guide.version());
                    statement.setBigDecimal(4, guide.amount().amount());
                    statement.setString(5, guide.amount().currency());
                    statement.setTimestamp(6, Timestamp.from(guide.setAt()));
                    statement.setObject(7, guide.setBy(), Types.OTHER);
                    statement.setString(8, guide.reason());
                    return statement.executeUpdate();
                });
    }

    /** The latest version of every speciality and unit that has a guide price. */
    List<GuidePrice> latest() {
        return query(
                "select distinct on (speciality, unit) " + COLUMNS + " from rate_card_guide_price "
                        + "order by speciality, unit, version desc",
                List.of());
    }

    /** Every version for one speciality and unit, oldest first. */
    List<GuidePrice> history(String speciality, Unit unit) {
        return query(
                "select " + COLUMNS + " from rate_card_guide_price where speciality = ? and unit = ? order by version",
                List.of(speciality, unit.name()));
    }

    private List<GuidePrice> query(String sql, List<String> parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            List<GuidePrice> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(guide(rows));
                }
            }
            return found;
        });
    }

    private static GuidePrice guide(ResultSet row) throws SQLException {
        return new GuidePrice(
                row.getString("speciality"),
                Unit.valueOf(row.getString("unit")),
                row.getInt("version"),
                new Money(row.getBigDecimal("amount"), row.getString("currency")),
                row.getTimestamp("set_at").toInstant(),
                row.getObject("set_by", UUID.class),
                row.getString("reason"));
    }
}
