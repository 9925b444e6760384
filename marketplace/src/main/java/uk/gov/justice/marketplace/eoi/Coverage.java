package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * Where the provider wants to work (areas of any layer), how many people a year it can take in each, and how much
 * of its income it would put at payment-by-results risk.
 */
@Serdeable
public record Coverage(
        @Nullable List<String> areas,
        @Nullable Map<String, Integer> peoplePerYear,
        @Nullable @Schema(type = "string") RiskAppetite riskAppetite)
        implements PartAnswers {

    /** The share of income a provider will accept depending on reoffending outcomes. */
    public enum RiskAppetite {
        NONE,
        UP_TO_10_PERCENT,
        UP_TO_25_PERCENT,
        OVER_25_PERCENT
    }

    @Override
    public EoiPart part() {
        return EoiPart.COVERAGE;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.required("areas", areas);
        if (areas != null
                && areas.stream().anyMatch(a -> vocabularies.areas().find(a).isEmpty())) {
            check.refuse("areas", "unknown");
        }
        Map<String, Integer> capacity = peoplePerYear == null ? Map.of() : peoplePerYear;
        if (areas != null && !areas.isEmpty() && !capacity.keySet().containsAll(areas)) {
            check.missing("peoplePerYear");
        }
        if (capacity.values().stream().anyMatch(n -> n == null || n < 1)
                || (areas != null && !areas.containsAll(capacity.keySet()))) {
            check.refuse("peoplePerYear", "invalid");
        }
        check.required("riskAppetite", riskAppetite);
        return check.problems();
    }

    @Override
    public boolean isEmpty() {
        return (areas == null || areas.isEmpty())
                && (peoplePerYear == null || peoplePerYear.isEmpty())
                && riskAppetite == null;
    }
}
