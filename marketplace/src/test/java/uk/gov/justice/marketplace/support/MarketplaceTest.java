package uk.gov.justice.marketplace.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;

/**
 * The running service on a real PostgreSQL: a test class with this annotation implements {@link FreshDatabase}
 * and gets its own database, migrated by Flyway. Tests commit for real (no rollback), like users do.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface MarketplaceTest {}
