package uk.gov.justice.marketplace.eoi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;

/**
 * A provider's one Expression of Interest, with all its versions. It guards its own transitions: answers change
 * only while the provider holds the current version; a submitted version is complete; the steward decides only on
 * the version it read, with a reason. Updating an approved EoI starts a new version and the approved one stays
 * published until the new one is approved. Immutable: every command answers the next state and what happened.
 */
public record ExpressionOfInterest(UUID id, UUID organisationId, List<EoiVersion> versions) {

    /** The next state and the event that led to it. */
    public record Change(ExpressionOfInterest eoi, EoiEvent event) {}

    public ExpressionOfInterest {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("An Expression of Interest has at least one version");
        }
    }

    public static ExpressionOfInterest start(UUID organisationId) {
        return new ExpressionOfInterest(UUID.randomUUID(), organisationId, List.of(EoiVersion.firstDraft()));
    }

    public EoiVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** The version the register shows: the latest approved one, unless the provider has withdrawn. */
    public Optional<EoiVersion> published() {
        if (current().status() == EoiStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return versions.stream().filter(v -> v.status() == EoiStatus.APPROVED).reduce((a, b) -> b);
    }

    /** Saves one part's answers: on the draft, or on a new version when the current one is approved. */
    public Change answer(PartAnswers part) {
        EoiVersion current = current();
        if (current.status().isEditable()) {
            return new Change(
                    replaceCurrent(current.withAnswers(current.answers().with(part))),
                    new EoiEvent.PartSaved(id, current.number(), part.part()));
        }
        if (current.status() == EoiStatus.APPROVED) {
            EoiVersion next = current.nextDraft();
            List<EoiVersion> all = new ArrayList<>(versions);
            all.add(next.withAnswers(next.answers().with(part)));
            return new Change(
                    new ExpressionOfInterest(id, organisationId, all), new EoiEvent.UpdateStarted(id, next.number()));
        }
        throw new ConflictingChange("error.eoi.notEditable");
    }

    /** Sends the current version to the steward; refused, listing every missing or invalid answer, if incomplete. */
    public Change submit(Vocabularies vocabularies, Instant now) {
        EoiVersion current = current();
        if (!current.status().isEditable()) {
            throw new ConflictingChange("error.eoi.notEditable");
        }
        List<InvalidInput> problems = current.answers().problems(vocabularies);
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        return new Change(replaceCurrent(current.submittedAt(now)), new EoiEvent.EoiSubmitted(id, current.number()));
    }

    public Change approve(int versionRead, String reason, String steward, Instant now) {
        StewardDecision decision = decision(versionRead, EoiStatus.APPROVED, reason, Map.of(), steward, now);
        return new Change(
                replaceCurrent(current().decided(decision)), new EoiEvent.EoiApproved(id, versionRead, decision));
    }

    public Change requestChanges(
            int versionRead, String reason, Map<EoiPart, String> partComments, String steward, Instant now) {
        Map<EoiPart, String> comments = partComments.entrySet().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, c -> c.getValue().trim()));
        StewardDecision decision = decision(versionRead, EoiStatus.CHANGES_REQUESTED, reason, comments, steward, now);
        if (comments.isEmpty()) {
            throw new InvalidInput("partComments", "error.eoi.decision.partComments.missing");
        }
        return new Change(
                replaceCurrent(current().decided(decision)), new EoiEvent.ChangesRequested(id, versionRead, decision));
    }

    public Change reject(int versionRead, String reason, String steward, Instant now) {
        StewardDecision decision = decision(versionRead, EoiStatus.REJECTED, reason, Map.of(), steward, now);
        return new Change(
                replaceCurrent(current().decided(decision)), new EoiEvent.EoiRejected(id, versionRead, decision));
    }

    /** The provider leaves the register (or stops an application); final. */
    public Change withdraw() {
        if (!current().status().canMoveTo(EoiStatus.WITHDRAWN)) {
            throw new ConflictingChange("error.eoi.notWithdrawable");
        }
        return new Change(
                replaceCurrent(current().movedTo(EoiStatus.WITHDRAWN)),
                new EoiEvent.EoiWithdrawn(id, current().number()));
    }

    /**
     * A decision is on the version the steward read: if another steward decided first, or the provider withdrew,
     * the second decision is refused rather than silently overwriting the first.
     */
    private StewardDecision decision(
            int versionRead,
            EoiStatus outcome,
            String reason,
            Map<EoiPart, String> partComments,
            String steward,
            Instant now) {
        EoiVersion current = current();
        if (current.number() != versionRead || current.status() != EoiStatus.SUBMITTED) {
            throw new ConflictingChange("error.eoi.decision.stale");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "error.eoi.decision.reason.missing");
        }
        return new StewardDecision(outcome, reason.trim(), partComments, steward, now);
    }

    private ExpressionOfInterest replaceCurrent(EoiVersion replacement) {
        List<EoiVersion> all = new ArrayList<>(versions);
        all.set(all.size() - 1, replacement);
        return new ExpressionOfInterest(id, organisationId, all);
    }
}
