package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins how a rate-card service moves: a change here is a change to how providers keep their rate card. */
class ServiceStatusTest {

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(ServiceStatus.MOVES.table())
                .containsExactly(
                        "DRAFT --ServiceChanged--> DRAFT",
                        "DRAFT --PriceSet--> DRAFT",
                        "DRAFT --ServicePublished--> PUBLISHED",
                        "PUBLISHED --ServiceChanged--> PUBLISHED",
                        "PUBLISHED --PriceSet--> PUBLISHED",
                        "PUBLISHED --ServiceWithdrawn--> WITHDRAWN",
                        "WITHDRAWN --ServiceChanged--> WITHDRAWN",
                        "WITHDRAWN --PriceSet--> WITHDRAWN",
                        "WITHDRAWN --ServicePublished--> PUBLISHED");
    }
}
