package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void hashes_are_argon2id_with_their_parameters_and_a_fresh_salt_each_time() {
        String first = hasher.hash("same password twice");
        String second = hasher.hash("same password twice");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("same password");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_hash_in_another_format_never_matches() {
        assertThat(hasher.matches("anything", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }
}
