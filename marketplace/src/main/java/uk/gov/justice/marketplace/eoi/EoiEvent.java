package uk.gov.justice.marketplace.eoi;

import java.util.UUID;

/** What happened to an Expression of Interest, in the past tense; each becomes an audit entry and a notice. */
public sealed interface EoiEvent {

    UUID eoiId();

    int version();

    record PartSaved(UUID eoiId, int version, EoiPart part) implements EoiEvent {}

    record UpdateStarted(UUID eoiId, int version) implements EoiEvent {}

    record EoiSubmitted(UUID eoiId, int version) implements EoiEvent {}

    record ChangesRequested(UUID eoiId, int version, StewardDecision decision) implements EoiEvent {}

    record EoiApproved(UUID eoiId, int version, StewardDecision decision) implements EoiEvent {}

    record EoiRejected(UUID eoiId, int version, StewardDecision decision) implements EoiEvent {}

    record EoiWithdrawn(UUID eoiId, int version) implements EoiEvent {}
}
