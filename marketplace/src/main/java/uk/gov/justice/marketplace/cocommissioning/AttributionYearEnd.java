package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * What each funder finally bears of a financial year's spend, by the risk-share rule the agreement chose up front.
 * The variance (spend less the contributions: positive is an overspend, negative an underspend) is divided by the
 * rule's weights; each funder bears its contribution plus its part of the variance. docs/co-commissioning.md says
 * what each rule means in words.
 */
final class AttributionYearEnd {

    /** Who carries the variance: weights per funder, from the year's terms. */
    record RiskShare(String name, Function<Terms, Map<UUID, BigDecimal>> weights) {}

    /** Overspend and underspend in proportion to the contributions: each funder bears its share of what was spent. */
    static final RiskShare PRO_RATA = new RiskShare("PRO_RATA", terms -> {
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        terms.contributions().forEach((funder, amount) -> weights.put(funder, amount.amount()));
        return weights;
    });

    /** The host carries all of the variance: every other funder bears exactly its contribution. */
    static final RiskShare HOST_ABSORBS = new RiskShare("HOST_ABSORBS", terms -> {
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        terms.contributions().keySet().forEach(funder -> weights.put(funder, BigDecimal.ZERO));
        weights.put(terms.host(), BigDecimal.ONE);
        return weights;
    });

    /** The variance divided by the split the funders agreed, whatever their contributions. */
    static final RiskShare AGREED_SPLIT = new RiskShare("AGREED_SPLIT", Terms::agreedSplit);

    static final List<RiskShare> RULES = List.of(PRO_RATA, HOST_ABSORBS, AGREED_SPLIT);

    /**
     * A year's contributions (in the order the agreement names its funders), the host, and for an agreed split the
     * percentage of the variance each funder carries.
     */
    record Terms(UUID host, Map<UUID, Money> contributions, Map<UUID, BigDecimal> agreedSplit) {

        Terms {
            contributions = new LinkedHashMap<>(contributions);
            agreedSplit = new LinkedHashMap<>(agreedSplit);
        }

        /** A year's terms as the version in force sets them: its host, contributions and agreed split. */
        static Terms of(VersionInForce version, FinancialYear year) {
            Map<UUID, Money> contributions = new LinkedHashMap<>();
            version.funders().forEach(f -> {
                Money amount = f.contributions().get(year);
                if (amount != null) {
                    contributions.put(f.funderId(), amount);
                }
            });
            Map<UUID, BigDecimal> split = new LinkedHashMap<>();
            version.riskShare().split().forEach((funder, share) -> split.put(funder, share.percent()));
            return new Terms(version.hostId(), contributions, split);
        }

        Money total() {
            return Money.sum(contributions.values(), Money.GBP);
        }
    }

    /** One funder at year end: what it put in, what it bears, and what it pays in more (or gets back, negative). */
    record Settlement(UUID funder, Money contribution, Money bears, Money difference) {}

    private AttributionYearEnd() {}

    /** The rule the agreement chose, by its name. */
    static RiskShare ruleOf(VersionInForce version) {
        return rule(version.riskShare().rule().name());
    }

    static RiskShare rule(String name) {
        return RULES.stream()
                .filter(rule -> rule.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No risk-share rule " + name));
    }

    static List<Settlement> settle(RiskShare rule, Terms terms, Money spent) {
        Money variance = spent.minus(terms.total());
        Map<UUID, Money> parts = variance.isZero()
                ? Map.of()
                : AttributionSplit.proportionally(variance, rule.weights().apply(terms));
        Map<UUID, Money> contributions = new LinkedHashMap<>(terms.contributions());
        parts.keySet().forEach(funder -> contributions.putIfAbsent(funder, Money.zero(variance.currency())));
        return contributions.entrySet().stream()
                .map(c -> {
                    Money part = parts.getOrDefault(c.getKey(), Money.zero(variance.currency()));
                    return new Settlement(c.getKey(), c.getValue(), c.getValue().plus(part), part);
                })
                .toList();
    }
}
