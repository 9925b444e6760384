package uk.gov.justice.marketplace.audit;

import java.util.List;

/**
 * The steward's view of the trail: the filter as typed, a page of entries, whether the chain holds (and where it
 * breaks), and the newest signed checkpoint it was held to.
 */
public record AuditTrailPage(
        String actor,
        String action,
        String subject,
        String from,
        String to,
        List<Row> entries,
        boolean chainIntact,
        long entriesChecked,
        Long firstBroken,
        Long checkpointEntries,
        String checkpointAt,
        String previousHref,
        String nextHref) {

    public record Row(
            String sequence,
            String at,
            String actor,
            String organisation,
            String action,
            String subject,
            String reason,
            String change) {}
}
