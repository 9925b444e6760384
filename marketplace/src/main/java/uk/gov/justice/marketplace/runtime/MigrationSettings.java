package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The database role that owns the schema and runs the migrations (MARKETPLACE_DATABASE_MIGRATION_USERNAME and
 * _PASSWORD). Set, the connection pool's own role is granted only what the service needs and never owns a table;
 * unset, the pool's role migrates too (a single-URL setup, without that protection).
 */
@ConfigurationProperties(MigrationSettings.PREFIX)
public record MigrationSettings(@Nullable String username, @Nullable String password) {

    static final String PREFIX = "marketplace.database.migration";
}
