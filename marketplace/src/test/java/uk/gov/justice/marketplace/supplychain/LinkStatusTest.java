package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.IN_TWO_WEEKS;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.MONDAY;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.aBid;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.terms;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Transitions;

/** Pins how a partner's place in a chain moves: a change here is a change to how leads and partners work. */
class LinkStatusTest {

    private static final UUID PARTNER = UUID.randomUUID();

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(LinkStatus.MOVES.table())
                .containsExactly(
                        "INVITED --InvitationAccepted--> ACCEPTED",
                        "INVITED --InvitationDeclined--> DECLINED",
                        "INVITED --PartnerLeft--> LEFT",
                        "ACCEPTED --TermsRecorded--> ACCEPTED",
                        "ACCEPTED --PartnerLeft--> LEFT");
    }

    @Test
    void a_partner_that_has_left_takes_no_terms_and_the_refusal_names_what_was_found() {
        SupplyChain left = aBid().invite(PARTNER, "Tai Cymru", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(PARTNER, "p@example.org", MONDAY.plusSeconds(60))
                .remove(PARTNER, "Service ended", "lead@example.org", MONDAY.plusSeconds(120));

        assertThatThrownBy(() -> left.recordTerms(
                        PARTNER, terms("100000", 30, "20"), "lead@example.org", MONDAY.plusSeconds(180)))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("error.chain.notInChain");
                    assertThat(refused.found()).containsEntry("status", "LEFT").containsEntry("event", "TermsRecorded");
                });
    }

    @Test
    void an_invitation_past_its_deadline_is_expired_and_takes_no_answer() {
        SupplyChain invited = aBid().invite(PARTNER, "Tai Cymru", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS);

        assertThatThrownBy(() -> invited.accept(PARTNER, "p@example.org", IN_TWO_WEEKS))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("error.chain.invitation.closed");
                    assertThat(refused.found())
                            .containsEntry("status", "EXPIRED")
                            .containsEntry("event", "InvitationAccepted");
                });
    }
}
