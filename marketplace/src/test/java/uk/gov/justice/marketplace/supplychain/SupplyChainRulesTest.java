package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;

/** The chain's own rules, without HTTP or a database: invitations, answers, terms, leaving, flags. */
class SupplyChainRulesTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant IN_TWO_WEEKS = MONDAY.plus(Duration.ofDays(14));
    static final UUID WOMENS_CENTRE = UUID.randomUUID();
    static final UUID HOUSING = UUID.randomUUID();
    static final StewardshipLimits LIMITS = new StewardshipLimits(BigDecimal.valueOf(30), 30, BigDecimal.valueOf(25));

    static SupplyChain aBid() {
        return SupplyChain.start(
                UUID.randomUUID(),
                "Cymru Rehabilitation Partnership",
                "Wales women's services bid",
                "region-wales",
                SupplyChain.Purpose.BID,
                Money.pounds("1000000"),
                "lead@example.org",
                MONDAY);
    }

    static PartnerTerms terms(String value, int days, String riskPercent) {
        return new PartnerTerms(
                List.of("womens-services"),
                List.of("women"),
                List.of("gwent"),
                60,
                Money.pounds(value),
                days,
                new BigDecimal(riskPercent),
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2030, 3, 31));
    }

    static SupplyChain withPartner(SupplyChain chain, UUID partner, String name, PartnerTerms terms) {
        return chain.invite(partner, name, "Join our bid", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(partner, "partner@example.org", MONDAY.plusSeconds(3600))
                .recordTerms(partner, terms, "lead@example.org", MONDAY.plusSeconds(7200));
    }

    @Test
    void a_partner_is_invited_once_and_answers_before_the_invitation_expires() {
        SupplyChain invited = aBid().invite(
                        WOMENS_CENTRE, "Gwent Women's Centre", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS);

        assertThatThrownBy(() -> invited.invite(
                        WOMENS_CENTRE, "Gwent Women's Centre", "Again", "lead@example.org", MONDAY, IN_TWO_WEEKS))
                .isInstanceOf(ConflictingChange.class);
        assertThatThrownBy(() -> invited.accept(WOMENS_CENTRE, "p@example.org", IN_TWO_WEEKS))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("error.chain.invitation.closed");
        assertThat(invited.link(WOMENS_CENTRE).statusAt(IN_TWO_WEEKS)).isEqualTo(LinkStatus.EXPIRED);
        SupplyChain accepted = invited.accept(WOMENS_CENTRE, "p@example.org", MONDAY.plusSeconds(60));
        assertThat(accepted.activeLinks(MONDAY.plusSeconds(60))).hasSize(1);
        assertThatThrownBy(() ->
                        accepted.decline(WOMENS_CENTRE, "Changed our mind", "p@example.org", MONDAY.plusSeconds(120)))
                .isInstanceOf(ConflictingChange.class);
    }

    @Test
    void declining_and_leaving_need_a_reason_and_are_kept_in_the_history() {
        SupplyChain invited = aBid().invite(HOUSING, "Tai Cymru", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS);
        assertThatThrownBy(() -> invited.decline(HOUSING, " ", "p@example.org", MONDAY))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("reason");

        SupplyChain declined = invited.decline(HOUSING, "No capacity in Gwent this year", "p@example.org", MONDAY);
        SupplyChain again = declined.invite(
                        HOUSING, "Tai Cymru", "Next year?", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(HOUSING, "p@example.org", MONDAY)
                .remove(HOUSING, "Service ended", "lead@example.org", MONDAY);

        assertThat(again.history())
                .extracting(ChainEvent::action)
                .containsExactly("created", "invited", "declined", "invited", "accepted", "left");
        assertThat(again.history().get(2).detail()).isEqualTo("No capacity in Gwent this year");
        assertThat(again.activeLinks(MONDAY)).isEmpty();
    }

    @Test
    void terms_are_recorded_only_for_partners_in_the_chain_and_must_make_sense() {
        SupplyChain invited = aBid().invite(HOUSING, "Tai Cymru", "", "lead@example.org", MONDAY, IN_TWO_WEEKS);
        assertThatThrownBy(() -> invited.recordTerms(HOUSING, terms("100000", 30, "20"), "lead@example.org", MONDAY))
                .isInstanceOf(ConflictingChange.class);

        SupplyChain accepted = invited.accept(HOUSING, "p@example.org", MONDAY);
        assertThatThrownBy(() -> accepted.recordTerms(HOUSING, terms("-5", -1, "120"), "lead@example.org", MONDAY))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field)
                        .containsExactly("annualValue", "paymentTermsDays", "riskTransferPercent"));
        SupplyChain recorded = accepted.recordTerms(HOUSING, terms("100000", 30, "20"), "lead@example.org", MONDAY)
                .recordTerms(HOUSING, terms("120000", 30, "20"), "lead@example.org", MONDAY);
        assertThat(recorded.link(HOUSING).termsVersion()).isEqualTo(2);
        assertThat(recorded.history().get(recorded.history().size() - 1).detail())
                .contains("value 120000 GBP");
    }

    @Test
    void journey_2_terms_raise_no_flags() {
        SupplyChain chain = withPartner(
                withPartner(aBid(), WOMENS_CENTRE, "Gwent Women's Centre", terms("180000", 30, "20")),
                HOUSING,
                "Tai Cymru",
                terms("220000", 30, "20"));

        ChainFigures figures = ChainFigures.of(chain, LIMITS, MONDAY.plusSeconds(9000));

        assertThat(figures.flags()).isEmpty();
        assertThat(figures.partnerValue()).isEqualTo(Money.pounds("400000"));
        assertThat(figures.vcseSharePercent()).isEqualByComparingTo("40.0");
        assertThat(figures.weightedRiskTransferPercent()).isEqualByComparingTo("20.0");
        assertThat(figures.longestPaymentTermsDays()).isEqualTo(30);
    }

    @Test
    void risk_transfer_of_35_percent_and_payment_in_45_days_each_raise_the_configured_flag() {
        SupplyChain chain = withPartner(
                withPartner(aBid(), WOMENS_CENTRE, "Gwent Women's Centre", terms("200000", 30, "35")),
                HOUSING,
                "Tai Cymru",
                terms("200000", 45, "10"));

        ChainFigures figures = ChainFigures.of(chain, LIMITS, MONDAY.plusSeconds(9000));

        assertThat(figures.flags())
                .containsExactly(
                        new ChainFigures.Flag(
                                ChainFigures.Rule.RISK_TRANSFER_ABOVE_LIMIT,
                                "Gwent Women's Centre",
                                BigDecimal.valueOf(30),
                                new BigDecimal("35")),
                        new ChainFigures.Flag(
                                ChainFigures.Rule.PAYMENT_TERMS_OVER_LIMIT,
                                "Tai Cymru",
                                BigDecimal.valueOf(30),
                                BigDecimal.valueOf(45)));
        assertThat(figures.weightedRiskTransferPercent()).isEqualByComparingTo("22.5");
        assertThat(figures.weightedPaymentTermsDays()).isEqualByComparingTo("37.5");
    }

    @Test
    void a_chain_passing_too_little_to_its_partners_is_flagged_at_chain_level() {
        SupplyChain chain = withPartner(aBid(), HOUSING, "Tai Cymru", terms("100000", 14, "0"));

        ChainFigures figures = ChainFigures.of(chain, LIMITS, MONDAY.plusSeconds(9000));

        assertThat(figures.vcseSharePercent()).isEqualByComparingTo("10.0");
        assertThat(figures.flags())
                .containsExactly(new ChainFigures.Flag(
                        ChainFigures.Rule.VCSE_SHARE_BELOW_FLOOR,
                        null,
                        BigDecimal.valueOf(25),
                        new BigDecimal("10.0")));
    }

    @Test
    void only_partners_who_accepted_and_are_still_there_are_counted_at_each_moment() {
        UUID declined = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        UUID latecomer = UUID.randomUUID();
        Instant noon = MONDAY.plus(Duration.ofHours(2));
        SupplyChain chain = withPartner(aBid(), WOMENS_CENTRE, "Gwent Women's Centre", terms("100000", 30, "10"))
                .invite(declined, "Tai Cymru", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .decline(declined, "No capacity", "p@example.org", MONDAY.plusSeconds(60))
                .invite(silent, "Silent Trust", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .invite(removed, "Removed Trust", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(removed, "p@example.org", MONDAY.plusSeconds(60))
                .invite(latecomer, "Latecomer Trust", "Join us", "lead@example.org", MONDAY, IN_TWO_WEEKS)
                .accept(latecomer, "p@example.org", noon.plusSeconds(60))
                .remove(removed, "Service ended", "lead@example.org", noon.plusSeconds(120));

        assertThat(chain.partnersAt(noon))
                .as("the women's centre and the partner not yet removed")
                .isEqualTo(2);
        assertThat(chain.partnersAt(IN_TWO_WEEKS))
                .as("the women's centre and the latecomer; the silent " + "invitation has expired")
                .isEqualTo(2);
        assertThat(chain.links()).hasSize(5);
        assertThat(chain.partnersAt(MONDAY.minusSeconds(1))).isZero();
    }
}
