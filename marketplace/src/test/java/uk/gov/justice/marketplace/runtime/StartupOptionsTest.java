package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Development (where a self-signed contract seal is allowed) is only ever asked for, never assumed. */
class StartupOptionsTest {

    @Test
    void a_plain_start_is_not_development() {
        assertThat(StartupOptions.from(new String[0], Map.of()).development()).isFalse();
        assertThat(StartupOptions.from(new String[0], Map.of("MARKETPLACE_DEVELOPMENT", "yes"))
                        .development())
                .isFalse();
    }

    @Test
    void the_demo_or_an_explicit_setting_is_development() {
        assertThat(StartupOptions.from(new String[] {"--demo"}, Map.of()).development())
                .isTrue();
        assertThat(StartupOptions.from(new String[0], Map.of("MARKETPLACE_DEMO", "true"))
                        .development())
                .isTrue();
        assertThat(StartupOptions.from(new String[0], Map.of("MARKETPLACE_DEVELOPMENT", "true"))
                        .development())
                .isTrue();
    }
}
