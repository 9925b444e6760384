package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.MONDAY;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.aBid;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.terms;
import static uk.gov.justice.marketplace.supplychain.SupplyChainRulesTest.withPartner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.Money;

/** A lead changes a partner's terms: the new version takes effect that day and the earlier one is kept. */
class LeadChangingAPartnersTermsTest {

    private static final UUID HOUSING = UUID.randomUUID();

    @Test
    void a_new_version_of_terms_is_kept_beside_the_one_before_with_the_day_each_took_effect() {
        SupplyChain chain = withPartner(aBid(), HOUSING, "Tai Cymru", terms("100000", 30, "20"))
                .recordTerms(HOUSING, terms("120000", 30, "20"), "lead@example.org", MONDAY.plus(Duration.ofDays(7)));

        PartnerLink link = chain.link(HOUSING);
        assertThat(link.termsVersion()).isEqualTo(2);
        assertThat(link.terms().annualValue()).isEqualTo(Money.pounds("120000"));
        assertThat(link.termsHistory().inForceOn(LocalDate.of(2026, 11, 29)))
                .map(v -> v.value().annualValue())
                .contains(Money.pounds("100000"));
        assertThat(link.termsHistory().versions())
                .extracting(Dated::effectiveFrom)
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
    }
}
