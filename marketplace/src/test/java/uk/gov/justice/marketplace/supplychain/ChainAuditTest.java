package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.IN_TWO_WEEKS;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.MONDAY;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.aBid;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.terms;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.common.Cause;

/** Each thing that happens to a chain is a typed event, audited under the action and detail it always had. */
class ChainAuditTest {

    @Test
    void every_chain_event_becomes_the_audit_entry_the_trail_has_always_recorded() {
        UUID centre = UUID.randomUUID();
        UUID housing = UUID.randomUUID();
        SupplyChain chain = aBid().invite(
                        centre, "Gwent Women's Centre", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .invite(housing, "Tai Cymru", "", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(centre, "p@example.org", MONDAY.plusSeconds(60))
                .decline(housing, "No capacity", "h@example.org", MONDAY.plusSeconds(60))
                .recordTerms(centre, terms("180000", 30, "20"), "lead@example.org", MONDAY.plusSeconds(120))
                .remove(centre, "Funding ended", "lead@example.org", MONDAY.plusSeconds(180));

        assertThat(chain.history())
                .extracting(e -> ChainAudit.entry(chain, e))
                .extracting(AuditEvent::action, AuditEvent::after)
                .containsExactly(
                        tuple("supply-chain.created", "Wales women's services bid in region-wales"),
                        tuple("supply-chain.partner-invited", "Gwent Women's Centre"),
                        tuple("supply-chain.partner-invited", "Tai Cymru"),
                        tuple("supply-chain.invitation-accepted", null),
                        tuple("supply-chain.invitation-declined", "No capacity"),
                        tuple("supply-chain.terms-recorded", TermsSummary.of(terms("180000", 30, "20"))),
                        tuple("supply-chain.partner-left", "Funding ended"));
        assertThat(chain.history())
                .extracting(ChainEvent::action)
                .containsExactly("created", "invited", "invited", "accepted", "declined", "terms-recorded", "left");
        assertThat(chain.history()).allSatisfy(e -> assertThat(ChainEvent.of(
                        e.action(),
                        e.partnerId(),
                        e.partnerName(),
                        e.cause().actor(),
                        e.cause().at(),
                        e.detail()))
                .isEqualTo(e));
    }

    @Test
    void every_chain_event_names_who_and_when_as_every_feature_does_and_declining_and_leaving_say_why() {
        UUID housing = UUID.randomUUID();
        SupplyChain chain = aBid().invite(housing, "Tai Cymru", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .decline(housing, " No capacity ", "h@example.org", MONDAY.plusSeconds(60))
                .invite(housing, "Tai Cymru", "Next year?", "lead@example.org", MONDAY.plusSeconds(120), IN_TWO_WEEKS)
                .accept(housing, "h@example.org", MONDAY.plusSeconds(180))
                .remove(housing, "Funding ended", "lead@example.org", MONDAY.plusSeconds(240));

        assertThat(chain.history())
                .extracting(ChainEvent::cause)
                .containsExactly(
                        Cause.by("lead@example.org", MONDAY).withoutReason(),
                        Cause.by("lead@example.org", MONDAY).withoutReason(),
                        Cause.by("h@example.org", MONDAY.plusSeconds(60)).because("No capacity"),
                        Cause.by("lead@example.org", MONDAY.plusSeconds(120)).withoutReason(),
                        Cause.by("h@example.org", MONDAY.plusSeconds(180)).withoutReason(),
                        Cause.by("lead@example.org", MONDAY.plusSeconds(240)).because("Funding ended"));
    }
}
