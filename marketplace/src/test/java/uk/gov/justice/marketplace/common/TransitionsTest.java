package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The state-machine helper every feature's table is written with. */
class TransitionsTest {

    enum Door {
        OPEN,
        SHUT,
        LOCKED
    }

    sealed interface DoorEvent {
        record Shut(Cause cause) implements DoorEvent {}

        record Locked(Cause cause) implements DoorEvent {}

        record Opened(Cause cause) implements DoorEvent {}
    }

    private final Transitions<Door, DoorEvent> door = Transitions.<Door, DoorEvent>refusing("error.door.cannot")
            .allow(Door.OPEN, DoorEvent.Shut.class, Door.SHUT)
            .allow(Door.SHUT, DoorEvent.Locked.class, Door.LOCKED)
            .allow(Door.SHUT, DoorEvent.Opened.class, Door.OPEN)
            .build();

    @Test
    void a_move_in_the_table_leads_to_its_status() {
        assertThat(door.next(Door.OPEN, DoorEvent.Shut.class)).isEqualTo(Door.SHUT);
        assertThat(door.allows(Door.SHUT, Door.LOCKED)).isTrue();
        assertThat(door.allows(Door.LOCKED, DoorEvent.Opened.class)).isFalse();
    }

    @Test
    void a_move_outside_the_table_is_a_refusal_naming_the_status_and_event_found() {
        assertThatThrownBy(() -> door.next(Door.LOCKED, DoorEvent.Opened.class))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("error.door.cannot");
                    assertThat(refused.found())
                            .containsEntry("status", "LOCKED")
                            .containsEntry("event", "Opened");
                })
                .isInstanceOf(ConflictingChange.class);
    }

    @Test
    void an_event_may_be_refused_in_its_own_words_wherever_it_is_not_allowed() {
        Transitions<Door, DoorEvent> told = Transitions.<Door, DoorEvent>refusing("error.door.cannot")
                .refusing(DoorEvent.Opened.class, "error.door.locked")
                .allow(Door.SHUT, DoorEvent.Opened.class, Door.OPEN)
                .build();

        assertThatThrownBy(() -> told.next(Door.LOCKED, DoorEvent.Opened.class)).hasMessage("error.door.locked");
        assertThatThrownBy(() -> told.next(Door.LOCKED, DoorEvent.Shut.class)).hasMessage("error.door.cannot");
    }

    @Test
    void the_table_prints_one_move_a_line_in_the_order_written() {
        assertThat(door.table())
                .containsExactly("OPEN --Shut--> SHUT", "SHUT --Locked--> LOCKED", "SHUT --Opened--> OPEN");
    }

    @Test
    void the_same_move_written_twice_is_a_mistake_caught_at_start() {
        assertThatThrownBy(() -> Transitions.<Door, DoorEvent>refusing("k")
                        .allow(Door.OPEN, DoorEvent.Shut.class, Door.SHUT)
                        .allow(Door.OPEN, DoorEvent.Shut.class, Door.LOCKED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_move_names_who_made_it_and_when_and_reads_as_a_sentence() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        Cause cause = Cause.by("steward@justice.gov.uk", now).because("Asked for the remittance advice");
        assertThat(cause).isEqualTo(new Cause("steward@justice.gov.uk", now, "Asked for the remittance advice"));
        assertThat(Cause.by("partner@example.org", now).withoutReason().reason())
                .isNull();
    }
}
