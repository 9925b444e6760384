package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain's health as the stewardship principles ask to see it: what reaches its partners, the share of the
 * contract that is, risk transfer and payment days weighted by each partner's value, the longest payment terms,
 * and every limit it breaks with the rule that fired.
 */
@Serdeable
public record ChainFigures(Money partnerValue, @Nullable BigDecimal vcseSharePercent,
                           @Nullable BigDecimal weightedRiskTransferPercent,
                           @Nullable BigDecimal weightedPaymentTermsDays, int longestPaymentTermsDays,
                           int partners, List<Flag> flags) {

    /** A limit broken: which rule, by whom (none for the chain as a whole), the limit and what was found. */
    @Serdeable
    public record Flag(Rule rule, @Nullable String partnerName, BigDecimal limit, BigDecimal actual) {
    }

    public enum Rule { RISK_TRANSFER_ABOVE_LIMIT, PAYMENT_TERMS_OVER_LIMIT, VCSE_SHARE_BELOW_FLOOR }

    private static final int SCALE = 1;

    static ChainFigures of(SupplyChain chain, StewardshipLimits limits, Instant at) {
        List<PartnerTerms> terms = chain.activeLinks(at).stream().filter(l -> l.terms() != null)
                .map(PartnerLink::terms).toList();
        BigDecimal value = terms.stream().map(t -> t.annualValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = chain.contractValue().amount().signum() == 0 ? null
                : percentage(value, chain.contractValue().amount());
        BigDecimal risk = weighted(terms, value, t -> t.riskTransferPercent());
        BigDecimal days = weighted(terms, value, t -> BigDecimal.valueOf(t.paymentTermsDays()));
        int longest = terms.stream().mapToInt(PartnerTerms::paymentTermsDays).max().orElse(0);
        return new ChainFigures(new Money(value, chain.contractValue().currency()), share, risk, days, longest,
                chain.activeLinks(at).size(), flags(chain, limits, share, at));
    }

    private static List<Flag> flags(SupplyChain chain, StewardshipLimits limits, BigDecimal share, Instant at) {
        List<Flag> flags = new ArrayList<>();
        for (PartnerLink link : chain.activeLinks(at)) {
            PartnerTerms t = link.terms();
            if (t == null) {
                continue;
            }
            if (t.riskTransferPercent().compareTo(limits.maxRiskTransferPercent()) > 0) {
                flags.add(new Flag(Rule.RISK_TRANSFER_ABOVE_LIMIT, link.partnerName(),
                        limits.maxRiskTransferPercent(), t.riskTransferPercent()));
            }
            if (t.paymentTermsDays() > limits.maxPaymentTermsDays()) {
                flags.add(new Flag(Rule.PAYMENT_TERMS_OVER_LIMIT, link.partnerName(),
                        BigDecimal.valueOf(limits.maxPaymentTermsDays()), BigDecimal.valueOf(t.paymentTermsDays())));
            }
        }
        if (share != null && share.compareTo(limits.minVcseSharePercent()) < 0) {
            flags.add(new Flag(Rule.VCSE_SHARE_BELOW_FLOOR, null, limits.minVcseSharePercent(), share));
        }
        return flags;
    }

    private interface Measure {
        BigDecimal of(PartnerTerms terms);
    }

    /** Each partner counts by the value it receives; with no value recorded there is nothing to weigh. */
    private static BigDecimal weighted(List<PartnerTerms> terms, BigDecimal total, Measure measure) {
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal sum = terms.stream().map(t -> measure.of(t).multiply(t.annualValue().amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(total, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
