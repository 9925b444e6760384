package uk.gov.justice.marketplace.cocommissioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;

/**
 * A co-commissioning agreement: every version it ever had, oldest first. A version takes effect only when its
 * quorum of funders has signed; a variation is a new version needing the same sign-off, and the version it follows
 * stays in force until then. Immutable: every command answers the next state and what happened.
 */
public record Agreement(UUID id, String name, List<AgreementVersion> versions) {

    static final int LONGEST_NAME = 200;
    static final int LONGEST_REASON = 2000;

    public Agreement {
        versions = List.copyOf(versions);
    }

    /** The next state and everything that happened on the way (a signature can also put a version in force). */
    public record Change(Agreement agreement, List<AgreementEvent> events) {

        public Change {
            events = List.copyOf(events);
        }
    }

    static Change draft(String name, AgreementTerms terms, String actor, Instant at) {
        AgreementTerms.RULES.require(terms);
        UUID id = UUID.randomUUID();
        Cause cause = Cause.by(actor, at).withoutReason();
        AgreementVersion first = new AgreementVersion(1, terms, VersionStatus.PROPOSED, cause, List.of(), null);
        return new Change(
                new Agreement(id, text("name", name, LONGEST_NAME), List.of(first)),
                List.of(new AgreementEvent.AgreementDrafted(id, 1, cause)));
    }

    /** A variation; refused while an earlier one still awaits signatures, so funders never sign past each other. */
    Change propose(AgreementTerms terms, String reason, String actor, Instant at) {
        if (pending().isPresent()) {
            throw new ConflictingChange("cocommissioning.error.variation.pending");
        }
        Cause cause = Cause.by(actor, at).because(text("reason", reason, LONGEST_REASON));
        AgreementTerms.RULES.require(terms);
        int number = versions.size() + 1;
        List<AgreementVersion> all = new ArrayList<>(versions);
        all.add(new AgreementVersion(number, terms, VersionStatus.PROPOSED, cause, List.of(), null));
        return new Change(
                new Agreement(id, name, all), List.of(new AgreementEvent.VariationProposed(id, number, cause)));
    }

    /**
     * A funder's signature on a version; the one that reaches the quorum puts the version in force from that day
     * and supersedes the version in force before it.
     */
    Change sign(int number, UUID funderId, String actor, Instant at, LocalDate day) {
        AgreementVersion version = version(number);
        Cause cause = Cause.by(actor, at).withoutReason();
        AgreementEvent.VersionSigned signed = new AgreementEvent.VersionSigned(id, number, funderId, cause);
        VersionStatus.MOVES.next(version.status(), signed.getClass());
        if (version.signedBy(funderId)) {
            throw new ConflictingChange("cocommissioning.error.sign.already");
        }
        List<Signature> signatures = new ArrayList<>(version.signatures());
        signatures.add(new Signature(funderId, cause));
        List<AgreementEvent> events = new ArrayList<>(List.of(signed));
        List<AgreementVersion> all = new ArrayList<>(versions);
        if (signatures.size() < version.terms().quorum()) {
            all.set(number - 1, version.moved(VersionStatus.PROPOSED, signatures, null));
            return new Change(new Agreement(id, name, all), events);
        }
        AgreementEvent.VersionTookEffect effect = new AgreementEvent.VersionTookEffect(id, number, day, cause);
        all.set(
                number - 1,
                version.moved(VersionStatus.MOVES.next(version.status(), effect.getClass()), signatures, day));
        events.add(effect);
        inForce().ifPresent(earlier -> {
            AgreementEvent.VersionSuperseded superseded =
                    new AgreementEvent.VersionSuperseded(id, earlier.number(), cause);
            all.set(
                    earlier.number() - 1,
                    earlier.moved(
                            VersionStatus.MOVES.next(earlier.status(), superseded.getClass()),
                            earlier.signatures(),
                            earlier.tookEffectOn()));
            events.add(superseded);
        });
        return new Change(new Agreement(id, name, all), events);
    }

    public AgreementVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new NotFound("version", "cocommissioning.error.version.none");
        }
        return versions.get(number - 1);
    }

    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version awaiting signatures, if any. */
    public Optional<AgreementVersion> pending() {
        return versions.stream()
                .filter(v -> v.status() == VersionStatus.PROPOSED)
                .findFirst();
    }

    /** The version in force now, if any has taken effect. */
    public Optional<AgreementVersion> inForce() {
        return versions.stream()
                .filter(v -> v.status() == VersionStatus.IN_FORCE)
                .findFirst();
    }

    /**
     * The version that was in force on a day: the last to take effect on or before it (two on one day: the later
     * one), so spend keeps the version of the day it was made whatever is signed afterwards.
     */
    public Optional<AgreementVersion> inForceOn(LocalDate day) {
        return versions.stream()
                .filter(v -> v.tookEffect() && !v.tookEffectOn().isAfter(day))
                .max(Comparator.comparing(AgreementVersion::tookEffectOn).thenComparing(AgreementVersion::number));
    }

    /** Whether the organisation funds, or is named to fund, any version: who may read the agreement. */
    public boolean involves(UUID organisationId) {
        return versions.stream().anyMatch(v -> v.terms().isFunder(organisationId));
    }

    static String text(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "cocommissioning.error.missing");
        }
        if (value.length() > longest) {
            throw new InvalidInput(field, "cocommissioning.error.tooLong");
        }
        return value.trim();
    }
}
