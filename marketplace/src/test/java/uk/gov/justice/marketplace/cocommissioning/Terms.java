package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

/** Agreement terms for tests: a PCC hosting and a probation region, each committing part of one year's total. */
final class Terms {

    static final FinancialYear YEAR = FinancialYear.parse("2026-27");

    private Terms() {}

    /** Two funders, the first hosting, pooled, pro rata, each committing the pounds given out of the total. */
    static AgreementTerms twoFunders(UUID host, UUID other, String total, String hostPays, String otherPays) {
        return new AgreementTerms(
                host,
                Funding.POOLED,
                new TreeMap<>(Map.of(YEAR, Money.pounds(total))),
                List.of(
                        new Funder(
                                host,
                                "Police and Crime Plan 2025-29",
                                List.of(Contribution.of(YEAR, Money.pounds(hostPays)))),
                        new Funder(other, null, List.of(Contribution.of(YEAR, Money.pounds(otherPays))))),
                List.of(),
                List.of("west-yorkshire"),
                List.of(new Priority(
                        host, "Reduce reoffending by young adults", "Lleihau aildroseddu gan oedolion ifanc")),
                new RiskShare(RiskShare.Rule.PRO_RATA, Map.of()),
                2);
    }

    /** The same two-funder terms as someone answers them (pounds, one year), for the use case. */
    static AgreementAnswers answers(UUID host, UUID other, String total, String hostPays, String otherPays) {
        return new AgreementAnswers(
                host,
                "POOLED",
                List.of(new AgreementAnswers.YearAnswer(YEAR.toString(), new BigDecimal(total))),
                List.of(
                        new AgreementAnswers.FunderAnswer(
                                host, "Police and Crime Plan 2025-29", List.of(pays(hostPays))),
                        new AgreementAnswers.FunderAnswer(other, null, List.of(pays(otherPays)))),
                List.of(),
                List.of("west-yorkshire"),
                List.of(new AgreementAnswers.PriorityAnswer(
                        host, "Reduce reoffending by young adults", "Lleihau aildroseddu gan oedolion ifanc")),
                "PRO_RATA",
                List.of(),
                null);
    }

    private static AgreementAnswers.ContributionAnswer pays(String pounds) {
        return new AgreementAnswers.ContributionAnswer(YEAR.toString(), new BigDecimal(pounds), null);
    }

    static AgreementTerms sharesOf(UUID host, UUID other, String total, String hostShare, String otherShare) {
        AgreementTerms amounts = twoFunders(host, other, total, "0", "0");
        return new AgreementTerms(
                host,
                amounts.funding(),
                amounts.totals(),
                List.of(
                        new Funder(host, null, List.of(Contribution.shareOf(YEAR, Share.percent(hostShare)))),
                        new Funder(other, null, List.of(Contribution.shareOf(YEAR, Share.percent(otherShare))))),
                amounts.services(),
                amounts.areas(),
                amounts.priorities(),
                amounts.riskShare(),
                amounts.quorum());
    }
}
