package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.Share;

/**
 * What one version of an agreement says: the host, how the money is held, each year's total and what every funder
 * commits to it, the rate-card services bought, the areas, the local priorities, the risk-share rule and how many
 * funders must sign. {@link #RULES} is every rule a version must meet before anyone can sign it.
 */
public record AgreementTerms(
        UUID hostId,
        Funding funding,
        SortedMap<FinancialYear, Money> totals,
        List<Funder> funders,
        List<UUID> services,
        List<String> areas,
        List<Priority> priorities,
        RiskShare riskShare,
        int quorum) {

    public AgreementTerms {
        totals = Collections.unmodifiableSortedMap(new TreeMap<>(totals));
        funders = List.copyOf(funders);
        services = List.copyOf(services);
        areas = List.copyOf(areas);
        priorities = List.copyOf(priorities);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A version's rules, each refusing with the answer at fault; all are judged so every reason comes at once. */
    public static final Policies<AgreementTerms> RULES = Policies.of(
            Policy.onField("funders", "cocommissioning.error.funders.tooFew", t -> t.funders.size() >= 2),
            Policy.onField(
                    "funders",
                    "cocommissioning.error.funders.twice",
                    t -> t.funderIds().size() == t.funders.size()),
            Policy.onField("hostId", "cocommissioning.error.host.notAFunder", t -> t.funderIds()
                    .contains(t.hostId)),
            Policy.onField("years", "cocommissioning.error.years.missing", t -> !t.totals.isEmpty()),
            Policy.onField(
                    "contributions", "cocommissioning.error.contributions.years", AgreementTerms::everyYearFunded),
            new Policy<>(
                    "cocommissioning.error.contributions.dontAddUp",
                    "contributions",
                    t -> !t.everyYearFunded() || t.yearsNotAddingUp().isEmpty(),
                    t -> Map.of("years", String.join(", ", t.yearsNotAddingUp()))),
            Policy.onField("areas", "cocommissioning.error.areas.missing", t -> !t.areas.isEmpty()),
            Policy.onField(
                    "quorum", "cocommissioning.error.quorum.range", t -> t.quorum >= 1 && t.quorum <= t.funders.size()),
            Policy.onField("riskShare", "cocommissioning.error.riskShare.split", AgreementTerms::splitFitsTheRule),
            Policy.onField("priorities", "cocommissioning.error.priorities.notAFunder", t -> t.priorities.stream()
                    .allMatch(p -> t.funderIds().contains(p.funderId()))),
            Policy.onField("priorities", "cocommissioning.error.priorities.bothLanguages", t -> t.priorities.stream()
                    .allMatch(Priority::inBothLanguages)));

    public Set<UUID> funderIds() {
        return funders.stream().map(Funder::organisationId).collect(Collectors.toCollection(HashSet::new));
    }

    public boolean isFunder(UUID organisationId) {
        return funderIds().contains(organisationId);
    }

    /** What a funder commits in pounds each year it funds. */
    public SortedMap<FinancialYear, Money> contributionsOf(UUID funderId) {
        SortedMap<FinancialYear, Money> pounds = new TreeMap<>();
        funders.stream()
                .filter(f -> f.organisationId().equals(funderId))
                .flatMap(f -> f.contributions().stream())
                .filter(c -> totals.containsKey(c.year()))
                .forEach(c -> pounds.put(c.year(), c.against(totals.get(c.year()))));
        return pounds;
    }

    /** A funder's share of each year's total, as committed or as its amount comes to. */
    public SortedMap<FinancialYear, Share> sharesOf(UUID funderId) {
        SortedMap<FinancialYear, Share> shares = new TreeMap<>();
        funders.stream()
                .filter(f -> f.organisationId().equals(funderId))
                .flatMap(f -> f.contributions().stream())
                .filter(c -> totals.containsKey(c.year()))
                .forEach(c -> shares.put(c.year(), c.shareOfTotal(totals.get(c.year()))));
        return shares;
    }

    /** Every funder commits something for every year with a total, and for no other year. */
    private boolean everyYearFunded() {
        return funders.stream()
                .allMatch(f -> f.contributions().size() == totals.size()
                        && f.contributions().stream()
                                .map(Contribution::year)
                                .collect(Collectors.toSet())
                                .equals(totals.keySet()));
    }

    /** The years whose contributions, in pounds, do not come to the year's total. */
    private List<String> yearsNotAddingUp() {
        Map<FinancialYear, Money> sums = new LinkedHashMap<>();
        totals.forEach((year, total) -> sums.put(
                year,
                Money.sum(
                        funders.stream()
                                .flatMap(f -> f.in(year).stream())
                                .map(c -> c.against(total))
                                .toList(),
                        total.currency())));
        return totals.entrySet().stream()
                .filter(e -> !sums.get(e.getKey()).equals(e.getValue()))
                .map(e -> e.getKey().toString())
                .toList();
    }

    private boolean splitFitsTheRule() {
        if (riskShare.rule() != RiskShare.Rule.AGREED_SPLIT) {
            return riskShare.split().isEmpty();
        }
        BigDecimal sum =
                riskShare.split().values().stream().map(Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return riskShare.split().keySet().equals(funderIds()) && sum.compareTo(HUNDRED) == 0;
    }
}
