package uk.gov.justice.marketplace.cocommissioning;

import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;

/** What happened to an agreement, in the past tense, with who, when and why; each is audited (CoCommissioningAudit). */
public sealed interface AgreementEvent {

    UUID agreementId();

    int version();

    Cause cause();

    /** The first version was drafted and awaits its funders' signatures. */
    record AgreementDrafted(UUID agreementId, int version, Cause cause) implements AgreementEvent {}

    /** A variation: a new version awaiting the same sign-off; the cause carries why it was proposed. */
    record VariationProposed(UUID agreementId, int version, Cause cause) implements AgreementEvent {}

    record VersionSigned(UUID agreementId, int version, UUID funderId, Cause cause) implements AgreementEvent {}

    /** The quorum signed: the version is in force from that UK day. */
    record VersionTookEffect(UUID agreementId, int version, LocalDate on, Cause cause) implements AgreementEvent {}

    /** A later version took effect; this one stays in the history for the days it was in force. */
    record VersionSuperseded(UUID agreementId, int version, Cause cause) implements AgreementEvent {}
}
