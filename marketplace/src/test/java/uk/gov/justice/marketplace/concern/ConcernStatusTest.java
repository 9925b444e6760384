package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Transitions;

/** Pins how a concern moves: a change here is a change to how the steward handles concerns. */
class ConcernStatusTest {

    private static final Instant RAISED = Instant.parse("2026-07-01T09:30:00Z");

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(Concern.Status.MOVES.table())
                .containsExactly(
                        "RAISED --EvidenceAdded--> RAISED",
                        "RAISED --ActionRecorded--> UNDER_REVIEW",
                        "RAISED --PutToLead--> PUT_TO_LEAD",
                        "RAISED --ConcernClosed--> CLOSED",
                        "UNDER_REVIEW --EvidenceAdded--> UNDER_REVIEW",
                        "UNDER_REVIEW --ActionRecorded--> UNDER_REVIEW",
                        "UNDER_REVIEW --PutToLead--> PUT_TO_LEAD",
                        "UNDER_REVIEW --ConcernClosed--> CLOSED",
                        "PUT_TO_LEAD --EvidenceAdded--> PUT_TO_LEAD",
                        "PUT_TO_LEAD --ActionRecorded--> UNDER_REVIEW",
                        "PUT_TO_LEAD --PutToLead--> PUT_TO_LEAD",
                        "PUT_TO_LEAD --ConcernClosed--> CLOSED");
    }

    @Test
    void each_move_is_a_past_tense_event_naming_the_steward_the_time_and_the_words() {
        Concern.Change acted =
                aRaisedConcern().act("steward@justice.gov.uk", "  Asked for remittances ", RAISED.plusSeconds(60));

        assertThat(acted.concern().status()).isEqualTo(Concern.Status.UNDER_REVIEW);
        assertThat(acted.event()).isInstanceOfSatisfying(ConcernEvent.ActionRecorded.class, recorded -> {
            assertThat(recorded.cause().actor()).isEqualTo("steward@justice.gov.uk");
            assertThat(recorded.cause().at()).isEqualTo(RAISED.plusSeconds(60));
            assertThat(recorded.cause().reason()).isEqualTo("Asked for remittances");
        });
    }

    @Test
    void a_closed_concern_takes_nothing_more_and_the_refusal_names_what_was_found() {
        Concern closed = aRaisedConcern()
                .close("steward@justice.gov.uk", "Now pays in 30 days", RAISED.plusSeconds(60))
                .concern();

        assertThat(closed.outcome()).isEqualTo("Now pays in 30 days");
        assertThatThrownBy(() -> closed.act("steward@justice.gov.uk", "More", RAISED.plusSeconds(120)))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("error.concern.closed");
                    assertThat(refused.found())
                            .containsEntry("status", "CLOSED")
                            .containsEntry("event", "ActionRecorded");
                });
    }

    @Test
    void the_domain_keeps_no_english_the_steward_did_not_write() {
        Concern put = aRaisedConcern()
                .putToLead("steward@justice.gov.uk", RAISED.plusSeconds(60))
                .concern();

        assertThat(put.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(Concern.ActionKind.PUT_TO_LEAD);
            assertThat(action.cause().reason()).isNull();
        });
    }

    private static Concern aRaisedConcern() {
        return Concern.raise(
                        UUID.randomUUID(),
                        "Tyne and Wear resettlement",
                        UUID.randomUUID(),
                        "Northern Pathways",
                        UUID.randomUUID(),
                        "Tyneside Housing Pathways",
                        "author@tyneside.example",
                        Concern.Category.LATE_PAYMENT,
                        "Invoices paid 74 days late.",
                        RAISED)
                .concern();
    }
}
