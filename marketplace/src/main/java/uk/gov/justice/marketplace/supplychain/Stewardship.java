package uk.gov.justice.marketplace.supplychain;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * The steward's limits for supply chains: the configured defaults until a steward sets them, then the steward's.
 * Every change is audited with the old and new limits.
 */
@Singleton
public class Stewardship {

    private final JdbcOperations jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final StewardshipLimits defaults;

    Stewardship(JdbcOperations jdbc, AuditTrail audit, Clock clock, StewardshipSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.defaults = settings.limits();
    }

    @ReadOnly
    public StewardshipLimits limits() {
        return jdbc.prepareStatement(
                "select max_risk_transfer_percent, max_payment_terms_days, "
                        + "min_vcse_share_percent from stewardship_limits where id = 1",
                statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? new StewardshipLimits(row.getBigDecimal(1), row.getInt(2), row.getBigDecimal(3))
                                : defaults;
                    }
                });
    }

    @Transactional
    public StewardshipLimits change(Viewer steward, StewardshipLimits limits) {
        AccessPolicy.requireSteward(steward);
        limits.check();
        StewardshipLimits before = limits();
        jdbc.prepareStatement(
                "insert into stewardship_limits (id, max_risk_transfer_percent, max_payment_terms_days, "
                        + "min_vcse_share_percent, changed_by, changed_at) values (1, ?, ?, ?, ?, ?) on conflict (id) do "
                        + "update set max_risk_transfer_percent = excluded.max_risk_transfer_percent, max_payment_terms_days "
                        + "= excluded.max_payment_terms_days, min_vcse_share_percent = excluded.min_vcse_share_percent, "
                        + "changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                statement -> {
                    statement.setBigDecimal(1, limits.maxRiskTransferPercent());
                    statement.setInt(2, limits.maxPaymentTermsDays());
                    statement.setBigDecimal(3, limits.minVcseSharePercent());
                    statement.setString(4, steward.email());
                    statement.setTimestamp(5, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
        audit.record(
                steward.asActor(),
                new AuditEvent(
                        "stewardship.limits-changed",
                        "stewardship",
                        "limits",
                        null,
                        before.toString(),
                        limits.toString()));
        return limits;
    }
}
