package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.common.Validation;

/**
 * What someone answered for a version's terms, as sent (the API's JSON, or the portal's form once its text is
 * read): anything may be missing or wrong. {@link #terms()} reads every answer, names each one at fault, and then
 * judges the terms by {@link AgreementTerms#RULES}. Amounts are pounds.
 */
@Serdeable
@Schema(name = "AgreementTerms")
public record AgreementAnswers(
        @Nullable UUID hostId,
        @Nullable @Schema(allowableValues = {"POOLED", "ALIGNED"}) String funding,
        @Nullable List<YearAnswer> years,
        @Nullable List<FunderAnswer> funders,
        @Nullable List<UUID> serviceIds,
        @Nullable List<String> areas,
        @Nullable List<PriorityAnswer> priorities,
        @Nullable @Schema(allowableValues = {"PRO_RATA", "HOST_ABSORBS", "AGREED_SPLIT"}) String riskRule,
        @Nullable List<SplitAnswer> riskSplit,
        @Nullable @Schema(description = "How many funders must sign; all of them when absent") Integer quorum) {

    static final int LONGEST_TEXT = 2000;

    static final AgreementAnswers NONE =
            new AgreementAnswers(null, null, null, null, null, null, null, null, null, null);

    /** A financial year ("2026-27") and the total in pounds the funders commit to it. */
    @Serdeable
    @Schema(name = "AgreementYear")
    public record YearAnswer(@Nullable String financialYear, @Nullable BigDecimal total) {}

    /** A commissioner organisation funding the version, its plan and what it commits each year. */
    @Serdeable
    @Schema(name = "AgreementFunder")
    public record FunderAnswer(
            @Nullable UUID organisationId,
            @Nullable @Schema(maxLength = LONGEST_TEXT) String planName,
            @Nullable List<ContributionAnswer> contributions) {}

    /** An amount in pounds, or a percentage of the year's total: one of the two. */
    @Serdeable
    @Schema(name = "AgreementContribution")
    public record ContributionAnswer(
            @Nullable String financialYear, @Nullable BigDecimal amount, @Nullable BigDecimal sharePercent) {}

    @Serdeable
    @Schema(name = "AgreementPriority")
    public record PriorityAnswer(
            @Nullable UUID funderId,
            @Nullable @Schema(maxLength = LONGEST_TEXT) String english,
            @Nullable @Schema(maxLength = LONGEST_TEXT) String welsh) {}

    /** Under AGREED_SPLIT, the percentage of overspend and underspend a funder takes. */
    @Serdeable
    @Schema(name = "AgreementRiskSplit")
    public record SplitAnswer(@Nullable UUID funderId, @Nullable BigDecimal percent) {}

    /** The terms, or every answer at fault at once (reading first, then the rules a version must meet). */
    public AgreementTerms terms() {
        Validation validation = new Validation();
        Funding fundedAs = validation.check(() -> named(Funding.class, "funding", funding));
        RiskShare.Rule rule = validation.check(() -> named(RiskShare.Rule.class, "riskRule", riskRule));
        Map<FinancialYear, Money> totals = new TreeMap<>();
        for (YearAnswer year : listed(years)) {
            FinancialYear fy = validation.check(() -> year(year == null ? null : year.financialYear(), "years"));
            Money total = validation.check(() -> pounds(year == null ? null : year.total(), "years", false));
            if (fy != null && total != null && totals.put(fy, total) != null) {
                validation.refuse("years", "cocommissioning.error.years.twice");
            }
        }
        List<Funder> funding = new ArrayList<>();
        for (FunderAnswer funder : listed(funders)) {
            if (funder == null || funder.organisationId() == null) {
                validation.refuse("funders", "cocommissioning.error.funders.missing");
                continue;
            }
            List<Contribution> contributions = new ArrayList<>();
            for (ContributionAnswer c : listed(funder.contributions())) {
                Contribution read = validation.check(() -> contribution(c));
                if (read != null) {
                    contributions.add(read);
                }
            }
            funding.add(new Funder(funder.organisationId(), optional(funder.planName()), contributions));
        }
        Map<UUID, Share> split = new LinkedHashMap<>();
        for (SplitAnswer s : listed(riskSplit)) {
            if (s == null || s.funderId() == null || !Share.fits(s.percent())) {
                validation.refuse("riskShare", "cocommissioning.error.riskShare.split");
            } else {
                split.put(s.funderId(), new Share(s.percent()));
            }
        }
        List<Priority> wanted = new ArrayList<>();
        for (PriorityAnswer p : listed(priorities)) {
            if (p == null || p.funderId() == null) {
                validation.refuse("priorities", "cocommissioning.error.priorities.notAFunder");
            } else {
                wanted.add(new Priority(p.funderId(), trimmed(p.english()), trimmed(p.welsh())));
            }
        }
        if (listed(priorities).stream()
                        .filter(p -> p != null)
                        .anyMatch(p -> trimmed(p.english()).length() > LONGEST_TEXT
                                || trimmed(p.welsh()).length() > LONGEST_TEXT)
                || listed(funders).stream()
                        .filter(f -> f != null)
                        .anyMatch(f -> trimmed(f.planName()).length() > LONGEST_TEXT)) {
            validation.refuse("priorities", "cocommissioning.error.tooLong");
        }
        if (hostId == null) {
            validation.refuse("hostId", "cocommissioning.error.host.missing");
        }
        if (listed(areas).stream().anyMatch(a -> a == null || a.isBlank())) {
            validation.refuse("areas", "cocommissioning.error.areas.unknown");
        }
        if (listed(serviceIds).stream().anyMatch(s -> s == null)) {
            validation.refuse("serviceIds", "cocommissioning.error.services.unknown");
        }
        validation.done();
        AgreementTerms terms = new AgreementTerms(
                hostId,
                fundedAs,
                new TreeMap<>(totals),
                funding,
                listed(serviceIds).stream().distinct().toList(),
                listed(areas).stream().map(String::trim).distinct().toList(),
                wanted,
                new RiskShare(rule, split),
                quorum == null ? funding.size() : quorum);
        AgreementTerms.RULES.require(terms);
        return terms;
    }

    private static <T> List<T> listed(@Nullable List<T> answers) {
        return answers == null ? List.of() : answers;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, @Nullable String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "cocommissioning.error." + field);
        }
    }

    static FinancialYear year(@Nullable String value, String field) {
        try {
            return FinancialYear.parse(value == null ? null : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "cocommissioning.error.year");
        }
    }

    static Money pounds(@Nullable BigDecimal value, String field, boolean zeroAllowed) {
        if (value == null
                || value.signum() < 0
                || (!zeroAllowed && value.signum() == 0)
                || value.stripTrailingZeros().scale() > 2
                || value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0) {
            throw new InvalidInput(field, "cocommissioning.error.amount");
        }
        return new Money(value, Money.GBP);
    }

    private static Contribution contribution(@Nullable ContributionAnswer c) {
        if (c == null) {
            throw new InvalidInput("contributions", "cocommissioning.error.contribution");
        }
        FinancialYear fy = year(c.financialYear(), "contributions");
        if ((c.amount() == null) == (c.sharePercent() == null)) {
            throw new InvalidInput("contributions", "cocommissioning.error.contribution");
        }
        if (c.amount() != null) {
            return Contribution.of(fy, pounds(c.amount(), "contributions", true));
        }
        if (!Share.fits(c.sharePercent())
                || c.sharePercent().stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("contributions", "cocommissioning.error.share");
        }
        return Contribution.shareOf(fy, new Share(c.sharePercent()));
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }

    @Nullable
    private static String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
