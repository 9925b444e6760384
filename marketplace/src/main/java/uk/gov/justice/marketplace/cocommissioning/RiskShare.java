package uk.gov.justice.marketplace.cocommissioning;

import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Share;

/**
 * How overspend and underspend at the year's end are shared, chosen when the agreement is made (docs/
 * co-commissioning.md says what each rule means).
 *
 * @param split under {@link Rule#AGREED_SPLIT}, each funder's percentage (they add up to 100); otherwise empty
 */
public record RiskShare(Rule rule, Map<UUID, Share> split) {

    public enum Rule {
        PRO_RATA,
        HOST_ABSORBS,
        AGREED_SPLIT
    }

    public RiskShare {
        split = Map.copyOf(split);
    }
}
