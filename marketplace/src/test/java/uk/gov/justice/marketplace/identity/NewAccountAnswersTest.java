package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInput;

class NewAccountAnswersTest {

    @Test
    void an_email_is_trimmed_and_lower_cased() {
        assertThat(new EmailAddress("  Eleri@Example.ORG ").value()).isEqualTo("eleri@example.org");
    }

    @Test
    void an_email_without_a_domain_is_refused_on_the_email_field() {
        assertThatThrownBy(() -> new EmailAddress("eleri@"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void a_short_password_is_refused_whatever_its_characters() {
        assertThatThrownBy(() -> new NewPassword("Sh0rt!Pass#"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.getMessage()).isEqualTo("error.password.tooShort"));
    }

    @Test
    void a_mistyped_confirmation_is_refused_on_the_confirmation_field() {
        assertThatThrownBy(() -> NewPassword.confirmed("a long enough passphrase", "a long enough passphrasf"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("confirmPassword"));
    }
}
