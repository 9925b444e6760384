package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;

/**
 * A chain's health as the stewardship principles ask to see it: what reaches its partners, the share of the
 * contract that is, risk transfer and payment days weighted by each partner's value, the longest payment terms,
 * and every limit it breaks with the rule that fired.
 */
@Serdeable
public record ChainFigures(
        Money partnerValue,
        @Nullable BigDecimal vcseSharePercent,
        @Nullable BigDecimal weightedRiskTransferPercent,
        @Nullable BigDecimal weightedPaymentTermsDays,
        int longestPaymentTermsDays,
        int partners,
        List<Flag> flags) {

    /** A limit broken: which rule, by whom (none for the chain as a whole), the limit and what was found. */
    @Serdeable
    public record Flag(Rule rule, @Nullable String partnerName, BigDecimal limit, BigDecimal actual) {}

    public enum Rule {
        RISK_TRANSFER_ABOVE_LIMIT,
        PAYMENT_TERMS_OVER_LIMIT,
        VCSE_SHARE_BELOW_FLOOR
    }

    private static final int SCALE = 1;

    static ChainFigures of(SupplyChain chain, StewardshipLimits limits, Instant at) {
        List<PartnerTerms> terms = chain.activeLinks(at).stream()
                .filter(l -> l.terms() != null)
                .map(PartnerLink::terms)
                .toList();
        Money value = Money.sum(
                terms.stream().map(PartnerTerms::annualValue).toList(),
                chain.contractValue().currency());
        BigDecimal share = chain.contractValue().isZero()
                ? null
                : percentage(value.amount(), chain.contractValue().amount());
        BigDecimal risk = weighted(terms, value, t -> t.riskTransfer().percent());
        BigDecimal days = weighted(terms, value, t -> BigDecimal.valueOf(t.paymentTermsDays()));
        int longest =
                terms.stream().mapToInt(PartnerTerms::paymentTermsDays).max().orElse(0);
        return new ChainFigures(
                value, share, risk, days, longest, chain.activeLinks(at).size(), flags(chain, limits, share, at));
    }

    /** A partner's terms, or the chain's VCSE share (none when there is no contract value), against the limits. */
    private record PartnerAgainstLimits(PartnerTerms terms, StewardshipLimits limits) {}

    private record ChainAgainstLimits(@Nullable BigDecimal vcseShare, StewardshipLimits limits) {}

    /** The rules that flag a partner; each reason is named for its {@link Rule} and reports the limit and actual. */
    static final Policies<PartnerAgainstLimits> PARTNER_RULES = Policies.of(
            Policy.named(
                    Rule.RISK_TRANSFER_ABOVE_LIMIT.name(),
                    p -> !p.terms().riskTransfer().isAbove(p.limits().maxRiskTransfer()),
                    p -> found(p.limits().maxRiskTransferPercent(), p.terms().riskTransferPercent())),
            Policy.named(
                    Rule.PAYMENT_TERMS_OVER_LIMIT.name(),
                    p -> p.terms().paymentTermsDays() <= p.limits().maxPaymentTermsDays(),
                    p -> found(
                            BigDecimal.valueOf(p.limits().maxPaymentTermsDays()),
                            BigDecimal.valueOf(p.terms().paymentTermsDays()))));

    /** The rules that flag a chain as a whole. */
    static final Policies<ChainAgainstLimits> CHAIN_RULES = Policies.of(Policy.named(
            Rule.VCSE_SHARE_BELOW_FLOOR.name(),
            c -> c.vcseShare() == null
                    || c.vcseShare().compareTo(c.limits().minVcseShare().percent()) >= 0,
            c -> found(c.limits().minVcseSharePercent(), c.vcseShare())));

    private static List<Flag> flags(SupplyChain chain, StewardshipLimits limits, BigDecimal share, Instant at) {
        List<Flag> flags = new ArrayList<>();
        chain.activeLinks(at).stream().filter(l -> l.terms() != null).forEach(link -> PARTNER_RULES
                .reasons(new PartnerAgainstLimits(link.terms(), limits))
                .forEach(reason -> flags.add(flag(reason, link.partnerName()))));
        CHAIN_RULES.reasons(new ChainAgainstLimits(share, limits)).forEach(reason -> flags.add(flag(reason, null)));
        return flags;
    }

    private static Map<String, Object> found(BigDecimal limit, BigDecimal actual) {
        return Map.of("limit", limit, "actual", actual);
    }

    private static Flag flag(Policy.Reason reason, @Nullable String partnerName) {
        return new Flag(
                Rule.valueOf(reason.key()),
                partnerName,
                (BigDecimal) reason.found().get("limit"),
                (BigDecimal) reason.found().get("actual"));
    }

    private interface Measure {
        BigDecimal of(PartnerTerms terms);
    }

    /** Each partner counts by the value it receives; with no value recorded there is nothing to weigh. */
    private static BigDecimal weighted(List<PartnerTerms> terms, Money total, Measure measure) {
        if (total.isZero()) {
            return null;
        }
        BigDecimal sum = terms.stream()
                .map(t -> measure.of(t).multiply(t.annualValue().amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(total.amount(), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
