package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

/**
 * Attribution rows (V37): written once, in the confirming transaction, and only read afterwards; the table's
 * trigger refuses any change. An invoice told twice is attributed once (the unique invoice and funder).
 */
@Singleton
class AttributionStore {

    private static final String COLUMNS = "id, invoice_id, order_id, budget_id, agreement_id, agreement_version, "
            + "funding, funder_id, share_percent, amount, currency, spent_on, financial_year, quarter, area, "
            + "service_id, provider_id, recorded_at";

    private final JdbcOperations jdbc;

    AttributionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<Attribution> rows) {
        for (Attribution a : rows) {
            jdbc.prepareStatement(
                    "insert into spend_attribution (" + COLUMNS + ") values "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (invoice_id, funder_id) do nothing",
                    statement -> {
                        statement.setObject(1, a.id(), Types.OTHER);
                        statement.setObject(2, a.invoiceId(), Types.OTHER);
                        statement.setObject(3, a.orderId(), Types.OTHER);
                        statement.setObject(4, a.budgetId(), Types.OTHER);
                        statement.setObject(5, a.agreementId(), Types.OTHER);
                        statement.setInt(6, a.agreementVersion());
                        statement.setString(7, a.funding().name());
                        statement.setObject(8, a.funderId(), Types.OTHER);
                        statement.setBigDecimal(9, a.share().percent());
                        statement.setBigDecimal(10, a.amount().amount());
                        statement.setString(11, a.amount().currency());
                        statement.setDate(12, Date.valueOf(a.spentOn()));
                        statement.setInt(13, a.year().startYear());
                        statement.setInt(14, a.quarter());
                        statement.setString(15, a.area());
                        statement.setObject(16, a.serviceId(), Types.OTHER);
                        statement.setObject(17, a.providerId(), Types.OTHER);
                        statement.setTimestamp(18, Timestamp.from(a.recordedAt()));
                        return statement.executeUpdate();
                    });
        }
    }

    List<Attribution> ofAgreement(UUID agreementId) {
        return jdbc.prepareStatement(
                "select " + COLUMNS
                        + " from spend_attribution where agreement_id = ? order by spent_on, recorded_at, id",
                statement -> {
                    statement.setObject(1, agreementId, Types.OTHER);
                    try (ResultSet rows = statement.executeQuery()) {
                        List<Attribution> found = new java.util.ArrayList<>();
                        while (rows.next()) {
                            found.add(read(rows));
                        }
                        return found;
                    }
                });
    }

    private static Attribution read(ResultSet row) throws SQLException {
        return new Attribution(
                row.getObject("id", UUID.class),
                row.getObject("invoice_id", UUID.class),
                row.getObject("order_id", UUID.class),
                row.getObject("budget_id", UUID.class),
                row.getObject("agreement_id", UUID.class),
                row.getInt("agreement_version"),
                Funding.valueOf(row.getString("funding")),
                row.getObject("funder_id", UUID.class),
                new Share(row.getBigDecimal("share_percent")),
                new Money(row.getBigDecimal("amount"), row.getString("currency")),
                row.getDate("spent_on").toLocalDate(),
                row.getString("area"),
                row.getObject("service_id", UUID.class),
                row.getObject("provider_id", UUID.class),
                row.getTimestamp("recorded_at").toInstant());
    }
}
