package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void a_platform_style_url_becomes_jdbc_with_its_credentials() {
        DatabaseUrl url =
                DatabaseUrl.parse("postgres://market:s3cret@db.internal:6543/marketplace?sslmode=require", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/marketplace?sslmode=require");
        assertThat(url.username()).isEqualTo("market");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void a_jdbc_url_is_used_as_it_is_with_credentials_from_their_own_variables() {
        DatabaseUrl url = DatabaseUrl.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/market", "DATABASE_USERNAME", "app", "DATABASE_PASSWORD", "pw"));

        assertThat(url.datasourceProperties())
                .containsEntry("datasources.default.url", "jdbc:postgresql://db/market")
                .containsEntry("datasources.default.username", "app");
    }

    @Test
    void no_database_configured_means_the_embedded_one() {
        assertThat(StartupOptions.from(new String[0], Map.of()).usesEmbeddedDatabase())
                .isTrue();
        assertThat(StartupOptions.from(new String[] {"--demo"}, Map.of()).demo())
                .isTrue();
    }

    @Test
    void another_kind_of_database_is_refused_without_echoing_its_password() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@db/x", null, null))
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("postgres://");
    }
}
