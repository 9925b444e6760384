package uk.gov.justice.marketplace.eoi;

import java.time.Instant;
import java.util.Map;

/** What the steward decided about a submitted version, who, when and why; comments say what to change, by part. */
public record StewardDecision(
        EoiStatus outcome, String reason, Map<EoiPart, String> partComments, String decidedBy, Instant decidedAt) {

    public StewardDecision {
        partComments = Map.copyOf(partComments);
    }
}
