package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

@MarketplaceTest
class SecurityHeadersTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Test
    void pages_allow_only_this_sites_scripts_cannot_be_framed_and_are_not_cached() {
        HttpAnswer page = portal.newBrowser().get("/sign-in");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(portal.api().get("/api/areas").header("Content-Security-Policy"))
                .isNotNull();
    }

    @Test
    void the_only_inline_script_is_the_one_the_policy_pins_by_hash() throws Exception {
        String html = portal.newBrowser().get("/").body();
        Matcher inline =
                Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);

        assertThat(inline.find()).isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(portal.newBrowser().get("/").header("Content-Security-Policy"))
                .contains("'sha256-" + hash + "'");
        assertThat(inline.find()).as("a second inline script").isFalse();
    }
}
