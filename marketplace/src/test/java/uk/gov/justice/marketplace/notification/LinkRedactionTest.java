package uk.gov.justice.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an operator reading the log sees of the links in an email: where they lead, never what opens them. */
class LinkRedactionTest {

    @Test
    void an_invitation_link_keeps_its_path_and_token_prefix_but_not_the_token() {
        assertThat(LinkRedaction.redact("Follow https://marketplace.example.gov.uk/invitations/"
                        + "inv_Qm9vZ2xlZC1ieS10aGUtd2F5LXRvLXNlZQ to join."))
                .isEqualTo("Follow https://marketplace.example.gov.uk/invitations/inv_[hidden] to join.");
    }

    @Test
    void a_token_in_the_query_or_fragment_goes_with_them() {
        assertThat(LinkRedaction.redact("Reset: http://localhost:8080/password/reset?token=abc123#k=v\nThanks"))
                .isEqualTo("Reset: http://localhost:8080/password/reset\nThanks");
    }

    @Test
    void short_ordinary_paths_and_text_are_left_alone() {
        assertThat(LinkRedaction.redact("See https://marketplace.example.gov.uk/dashboard or the register."))
                .isEqualTo("See https://marketplace.example.gov.uk/dashboard or the register.");
    }
}
