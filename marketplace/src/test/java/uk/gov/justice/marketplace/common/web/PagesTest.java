package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "/\t/evil.example",
                "/dashboard x",
                "/audit\u0000",
                "/\r\nSet-Cookie:x",
                "/caf\u00e9",
                "/%zz"
            })
    void a_return_address_off_this_site_is_ignored(String candidate) {
        assertThat(Pages.localPath(candidate, "/dashboard")).isEqualTo("/dashboard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit?page=2", "/organisation/users"})
    void a_path_on_this_site_is_followed(String candidate) {
        assertThat(Pages.localPath(candidate, "/dashboard")).isEqualTo(candidate);
    }
}
