package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the review graph: a change here is a change to how providers and stewards work. */
class EoiStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "DRAFT, SUBMITTED, true",
        "DRAFT, WITHDRAWN, true",
        "DRAFT, APPROVED, false",
        "SUBMITTED, APPROVED, true",
        "SUBMITTED, CHANGES_REQUESTED, true",
        "SUBMITTED, REJECTED, true",
        "SUBMITTED, WITHDRAWN, true",
        "SUBMITTED, DRAFT, false",
        "CHANGES_REQUESTED, SUBMITTED, true",
        "CHANGES_REQUESTED, WITHDRAWN, true",
        "CHANGES_REQUESTED, APPROVED, false",
        "APPROVED, WITHDRAWN, true",
        "APPROVED, SUBMITTED, false",
        "APPROVED, DRAFT, false",
        "REJECTED, SUBMITTED, false",
        "REJECTED, WITHDRAWN, false",
        "WITHDRAWN, DRAFT, false"
    })
    void the_allowed_moves(EoiStatus from, EoiStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(EoiStatus.MOVES.table())
                .containsExactly(
                        "DRAFT --EoiSubmitted--> SUBMITTED",
                        "DRAFT --EoiWithdrawn--> WITHDRAWN",
                        "SUBMITTED --EoiApproved--> APPROVED",
                        "SUBMITTED --ChangesRequested--> CHANGES_REQUESTED",
                        "SUBMITTED --EoiRejected--> REJECTED",
                        "SUBMITTED --EoiWithdrawn--> WITHDRAWN",
                        "CHANGES_REQUESTED --EoiSubmitted--> SUBMITTED",
                        "CHANGES_REQUESTED --EoiWithdrawn--> WITHDRAWN",
                        "APPROVED --EoiWithdrawn--> WITHDRAWN");
    }
}
