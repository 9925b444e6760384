package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;

/**
 * Divides an amount between funders in proportion to weights (shares, or contributions), to the penny, so the parts
 * always add up to the amount: each funder gets the whole pennies of its exact part, and the pennies left over go to
 * the largest remainders (the funder named first wins a tie). Rounding each part on its own would lose or invent a
 * penny on a third, and a funder's figures would never reconcile with the invoice.
 */
final class AttributionSplit {

    private AttributionSplit() {}

    static Map<UUID, Money> proportionally(Money amount, Map<UUID, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.values().stream().anyMatch(w -> w.signum() < 0) || total.signum() <= 0) {
            throw new IllegalArgumentException(
                    "An amount is divided by weights that are not negative and add up to more than 0");
        }
        int places = Currency.getInstance(amount.currency()).getDefaultFractionDigits();
        BigInteger units = amount.amount().movePointRight(places).toBigIntegerExact();
        BigInteger size = units.abs();
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (Map.Entry<UUID, BigDecimal> weight : weights.entrySet()) {
            BigDecimal[] exact =
                    new BigDecimal(size).multiply(weight.getValue()).divideAndRemainder(total);
            parts.add(new Part(weight.getKey(), exact[0].toBigIntegerExact(), exact[1], position++));
        }
        BigInteger left = size.subtract(parts.stream().map(Part::whole).reduce(BigInteger.ZERO, BigInteger::add));
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::position));
        Map<UUID, BigInteger> pennies = new LinkedHashMap<>();
        parts.forEach(p -> pennies.put(p.funder(), p.whole()));
        for (int i = 0; i < left.intValueExact(); i++) {
            pennies.merge(byRemainder.get(i).funder(), BigInteger.ONE, BigInteger::add);
        }
        Map<UUID, Money> split = new LinkedHashMap<>();
        pennies.forEach((funder, part) -> split.put(
                funder,
                new Money(new BigDecimal(units.signum() < 0 ? part.negate() : part, places), amount.currency())));
        return split;
    }

    private record Part(UUID funder, BigInteger whole, BigDecimal remainder, int position) {}
}
