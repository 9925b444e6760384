package uk.gov.justice.marketplace.audit;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at start-up when the service's own database role could switch the audit trail's triggers off (it owns the
 * table or is a superuser: a single-URL setup), so an operator learns the protection is missing before it is needed.
 */
@Singleton
class AppendOnlyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AppendOnlyCheck.class);

    private final JdbcOperations jdbc;

    AppendOnlyCheck(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @ReadOnly
    void onStartup(StartupEvent event) {
        boolean canDisable = jdbc.prepareStatement(
                "select pg_has_role(relowner, 'MEMBER') or (select rolsuper "
                        + "from pg_roles where rolname = current_user) from pg_class where relname = 'audit_entry'",
                statement -> {
                    try (var answer = statement.executeQuery()) {
                        return answer.next() && answer.getBoolean(1);
                    }
                });
        if (canDisable) {
            LOG.warn("The service's database role owns the audit trail (or is a superuser) and could switch its "
                    + "append-only triggers off: give Flyway its own role with MARKETPLACE_DATABASE_MIGRATION_USERNAME "
                    + "and _PASSWORD (docs/security.md)");
        }
    }
}
