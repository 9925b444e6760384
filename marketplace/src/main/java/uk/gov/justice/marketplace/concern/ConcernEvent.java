package uk.gov.justice.marketplace.concern;

import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;

/**
 * What happened to a concern, in the past tense, with who did it, when and in what words; each becomes an audit
 * entry (ConcernAudit). The steward's words travel in the cause's reason; the audit trail keeps only the status.
 */
public sealed interface ConcernEvent {

    UUID concernId();

    Cause cause();

    record ConcernRaised(UUID concernId, Cause cause, Concern.Category category) implements ConcernEvent {}

    record EvidenceAdded(UUID concernId, Cause cause, String fileName, String sha256) implements ConcernEvent {}

    record ActionRecorded(UUID concernId, Cause cause) implements ConcernEvent {}

    record PutToLead(UUID concernId, Cause cause) implements ConcernEvent {}

    record ConcernClosed(UUID concernId, Cause cause) implements ConcernEvent {}
}
