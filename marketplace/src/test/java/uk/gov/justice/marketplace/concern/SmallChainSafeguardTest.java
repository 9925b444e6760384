package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.supplychain.ChainEvent;
import uk.gov.justice.marketplace.supplychain.SupplyChain;

/** The small-chain safeguard without HTTP: the author's cover is the smaller of the chain then and the chain now. */
class SmallChainSafeguardTest {

    static final Instant RAISED = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant NOW = RAISED.plus(Duration.ofDays(20));

    @Test
    void partners_who_joined_after_the_concern_was_raised_do_not_hide_its_author() {
        List<ChainEvent> history = new ArrayList<>();
        joined(history, RAISED.minusSeconds(60));
        joined(history, RAISED.minusSeconds(60));
        joined(history, RAISED.plusSeconds(60));
        joined(history, RAISED.plusSeconds(60));
        SupplyChain chain = chain(history);

        assertThat(chain.partnersAt(NOW)).isEqualTo(4);
        assertThat(SmallChainSafeguard.partnersHidingTheAuthor(chain, RAISED, NOW))
                .isEqualTo(2);
        assertThat(SmallChainSafeguard.isSmall(SmallChainSafeguard.partnersHidingTheAuthor(chain, RAISED, NOW)))
                .as("four partners now, but only two when the concern was raised")
                .isTrue();
    }

    @Test
    void partners_who_have_left_since_the_concern_was_raised_no_longer_hide_its_author() {
        List<ChainEvent> history = new ArrayList<>();
        joined(history, RAISED.minusSeconds(60));
        joined(history, RAISED.minusSeconds(60));
        UUID leaver = joined(history, RAISED.minusSeconds(60));
        history.add(ChainEvent.of("left", leaver, "Partner", "lead@example.org", RAISED.plusSeconds(60), "Ended"));
        SupplyChain chain = chain(history);

        assertThat(chain.partnersAt(RAISED)).isEqualTo(3);
        assertThat(SmallChainSafeguard.partnersHidingTheAuthor(chain, RAISED, NOW))
                .isEqualTo(2);
        assertThat(SmallChainSafeguard.isSmall(SmallChainSafeguard.partnersHidingTheAuthor(chain, RAISED, NOW)))
                .as("three when it was raised, two now: small")
                .isTrue();
    }

    @Test
    void a_statement_from_a_chain_of_two_waits_for_the_steward_to_say_it_weighed_that_and_three_need_nothing() {
        assertThat(StatementToLead.RULES.reasons(new StatementToLead(2, false)))
                .extracting(Policy.Reason::field, Policy.Reason::key)
                .containsExactly(tuple("smallChainWeighed", "error.concern.smallChain"));
        assertThat(StatementToLead.RULES.reasons(new StatementToLead(2, true))).isEmpty();
        assertThat(StatementToLead.RULES.reasons(new StatementToLead(3, false))).isEmpty();
        assertThat(StatementToLead.RULES.rules()).containsExactly(SmallChainSafeguard.WEIGHED_WHEN_FEW);
    }

    private static UUID joined(List<ChainEvent> history, Instant at) {
        UUID partner = UUID.randomUUID();
        history.add(ChainEvent.of("invited", partner, "Partner", "lead@example.org", at.minusSeconds(60), "Join"));
        history.add(ChainEvent.of("accepted", partner, "Partner", "p@example.org", at, null));
        return partner;
    }

    private static SupplyChain chain(List<ChainEvent> history) {
        return new SupplyChain(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Lead",
                "Chain",
                "gwent",
                SupplyChain.Purpose.BID,
                Money.pounds("1000000"),
                List.of(),
                history);
    }
}
