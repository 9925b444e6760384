package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins how a version of an agreement moves: a change here is a change to how funders sign off. */
class VersionStatusTest {

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(VersionStatus.MOVES.table())
                .containsExactly(
                        "PROPOSED --VersionSigned--> PROPOSED",
                        "PROPOSED --VersionTookEffect--> IN_FORCE",
                        "IN_FORCE --VersionSuperseded--> SUPERSEDED");
    }
}
