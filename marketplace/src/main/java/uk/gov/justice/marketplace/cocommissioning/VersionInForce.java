package uk.gov.justice.marketplace.cocommissioning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

/**
 * The version of an agreement in force on a day, as spend is attributed by it: the host, how the money is held,
 * each year's total, each funder's contribution in pounds and its share of the total, and the risk-share rule.
 */
public record VersionInForce(
        UUID agreementId,
        int version,
        LocalDate tookEffectOn,
        UUID hostId,
        Funding funding,
        RiskShare riskShare,
        SortedMap<FinancialYear, Money> totals,
        List<FunderInForce> funders,
        List<String> areas,
        List<UUID> services,
        List<Priority> priorities) {

    public VersionInForce {
        funders = List.copyOf(funders);
        areas = List.copyOf(areas);
        services = List.copyOf(services);
        priorities = List.copyOf(priorities);
    }

    /** One funder's commitment: pounds and share of the year's total, for each year it funds. */
    public record FunderInForce(
            UUID funderId, Map<FinancialYear, Money> contributions, Map<FinancialYear, Share> shares) {

        public FunderInForce {
            contributions = Map.copyOf(contributions);
            shares = Map.copyOf(shares);
        }
    }

    public Optional<FunderInForce> funder(UUID funderId) {
        return funders.stream().filter(f -> f.funderId().equals(funderId)).findFirst();
    }

    static VersionInForce of(UUID agreementId, AgreementVersion version) {
        AgreementTerms terms = version.terms();
        return new VersionInForce(
                agreementId,
                version.number(),
                version.tookEffectOn(),
                terms.hostId(),
                terms.funding(),
                terms.riskShare(),
                terms.totals(),
                terms.funders().stream()
                        .map(f -> new FunderInForce(
                                f.organisationId(),
                                terms.contributionsOf(f.organisationId()),
                                terms.sharesOf(f.organisationId())))
                        .toList(),
                terms.areas(),
                terms.services(),
                terms.priorities());
    }
}
