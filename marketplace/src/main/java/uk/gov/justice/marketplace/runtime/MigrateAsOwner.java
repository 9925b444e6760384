package uk.gov.justice.marketplace.runtime;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway connects as the owner role when one is configured, and afterwards grants the pool's role its privileges
 * ({@link ApplicationRoleGrants}); the pool itself never holds the owner's password.
 */
@Singleton
@Named("default")
class MigrateAsOwner implements FlywayConfigurationCustomizer {

    private final MigrationSettings owner;
    private final DatasourceConfiguration pool;

    MigrateAsOwner(MigrationSettings owner, @Named("default") DatasourceConfiguration pool) {
        this.owner = owner;
        this.pool = pool;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        if (owner.username() == null
                || owner.username().isBlank()
                || owner.username().equals(pool.getUsername())) {
            return;
        }
        configuration
                .dataSource(pool.getUrl(), owner.username(), owner.password())
                .callbacks(new ApplicationRoleGrants(pool.getUsername()));
    }

    @Override
    public String getName() {
        return "default";
    }
}
