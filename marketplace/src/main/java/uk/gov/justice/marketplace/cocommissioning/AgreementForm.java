package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/**
 * The portal's agreement form as typed, kept as text so a refused form comes back as it was: one financial year,
 * one area and up to three funders, each with its contribution (pounds or a share), plan, risk split and one local
 * priority in both languages. The API takes any number of each.
 */
@Serdeable
record AgreementForm(
        @Nullable String name,
        @Nullable String reason,
        @Nullable String hostId,
        @Nullable String funding,
        @Nullable String financialYear,
        @Nullable String total,
        @Nullable String area,
        @Nullable String riskRule,
        @Nullable String quorum,
        @Nullable String services,
        @Nullable String funder1,
        @Nullable String amount1,
        @Nullable String share1,
        @Nullable String plan1,
        @Nullable String split1,
        @Nullable String priority1,
        @Nullable String priorityCy1,
        @Nullable String funder2,
        @Nullable String amount2,
        @Nullable String share2,
        @Nullable String plan2,
        @Nullable String split2,
        @Nullable String priority2,
        @Nullable String priorityCy2,
        @Nullable String funder3,
        @Nullable String amount3,
        @Nullable String share3,
        @Nullable String plan3,
        @Nullable String split3,
        @Nullable String priority3,
        @Nullable String priorityCy3,
        @Nullable String csrfToken)
        implements CsrfForm {

    static final AgreementForm EMPTY = new AgreementForm(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Where on this page each of the domain's fields is answered. */
    static final Map<String, String> INPUTS = Map.of(
            "funders", "funder1",
            "contributions", "amount1",
            "years", "total",
            "areas", "area",
            "riskShare", "split1",
            "priorities", "priority1",
            "serviceIds", "services");

    /** One funder's row as typed. */
    record FunderRow(
            int row,
            @Nullable String funder,
            @Nullable String amount,
            @Nullable String share,
            @Nullable String plan,
            @Nullable String split,
            @Nullable String priority,
            @Nullable String priorityCy) {

        boolean isBlank() {
            return Arrays.asList(funder, amount, share, plan, split, priority, priorityCy).stream()
                    .allMatch(t -> t == null || t.isBlank());
        }
    }

    List<FunderRow> rows() {
        return List.of(
                new FunderRow(1, funder1, amount1, share1, plan1, split1, priority1, priorityCy1),
                new FunderRow(2, funder2, amount2, share2, plan2, split2, priority2, priorityCy2),
                new FunderRow(3, funder3, amount3, share3, plan3, split3, priority3, priorityCy3));
    }

    /** What was typed read as answers; text that is no number or id is refused where it was typed. */
    AgreementAnswers answers() {
        List<InvalidInput> unread = new ArrayList<>();
        String year = blankless(financialYear);
        List<AgreementAnswers.FunderAnswer> funders = new ArrayList<>();
        List<AgreementAnswers.PriorityAnswer> priorities = new ArrayList<>();
        List<AgreementAnswers.SplitAnswer> splits = new ArrayList<>();
        for (FunderRow row : rows()) {
            if (row.isBlank()) {
                continue;
            }
            UUID funder = id(row.funder());
            BigDecimal amount = number(row.amount(), "amount" + row.row(), unread);
            BigDecimal share = number(row.share(), "share" + row.row(), unread);
            funders.add(new AgreementAnswers.FunderAnswer(
                    funder,
                    blankless(row.plan()),
                    List.of(new AgreementAnswers.ContributionAnswer(year, amount, share))));
            if (blankless(row.priority()) != null || blankless(row.priorityCy()) != null) {
                priorities.add(new AgreementAnswers.PriorityAnswer(funder, row.priority(), row.priorityCy()));
            }
            BigDecimal split = number(row.split(), "split" + row.row(), unread);
            if (split != null) {
                splits.add(new AgreementAnswers.SplitAnswer(funder, split));
            }
        }
        BigDecimal pounds = number(total, "total", unread);
        Integer needed = number(quorum, "quorum", unread) == null ? null : quorumOf(unread);
        List<UUID> serviceIds = new ArrayList<>();
        if (blankless(services) != null) {
            for (String service : services.split("[,\\s]+")) {
                UUID read = id(service);
                if (read == null && !service.isBlank()) {
                    unread.add(new InvalidInput("services", "cocommissioning.error.services.unknown"));
                } else if (read != null) {
                    serviceIds.add(read);
                }
            }
        }
        if (!unread.isEmpty()) {
            throw new InvalidInputs(unread);
        }
        return new AgreementAnswers(
                id(hostId),
                funding,
                List.of(new AgreementAnswers.YearAnswer(year, pounds)),
                funders,
                serviceIds,
                blankless(area) == null ? List.of() : List.of(area),
                priorities,
                riskRule,
                splits,
                needed);
    }

    private Integer quorumOf(List<InvalidInput> unread) {
        try {
            return Integer.valueOf(quorum.trim());
        } catch (NumberFormatException e) {
            unread.add(new InvalidInput("quorum", "cocommissioning.error.quorum.range"));
            return null;
        }
    }

    @Nullable
    private static BigDecimal number(@Nullable String text, String field, List<InvalidInput> unread) {
        String typed = blankless(text);
        if (typed == null) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace(",", "").replace("£", "").replace("%", ""));
        } catch (NumberFormatException e) {
            unread.add(new InvalidInput(field, "cocommissioning.error.number"));
            return null;
        }
    }

    @Nullable
    private static UUID id(@Nullable String text) {
        try {
            return blankless(text) == null ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
