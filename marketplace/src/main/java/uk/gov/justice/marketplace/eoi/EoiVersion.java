package uk.gov.justice.marketplace.eoi;

import java.time.Instant;

/**
 * One version of a provider's Expression of Interest. Versions are kept: an approved version stays in the register
 * while the provider prepares the next one.
 */
public record EoiVersion(
        int number, EoiStatus status, EoiAnswers answers, Instant submittedAt, StewardDecision decision) {

    static EoiVersion firstDraft() {
        return new EoiVersion(1, EoiStatus.DRAFT, EoiAnswers.NONE, null, null);
    }

    EoiVersion nextDraft() {
        return new EoiVersion(number + 1, EoiStatus.DRAFT, answers, null, null);
    }

    EoiVersion withAnswers(EoiAnswers newAnswers) {
        return new EoiVersion(number, status, newAnswers, submittedAt, decision);
    }

    EoiVersion movedTo(EoiStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A " + status + " version cannot become " + next);
        }
        return new EoiVersion(number, next, answers, submittedAt, decision);
    }

    EoiVersion submittedAt(Instant when) {
        return new EoiVersion(number, movedTo(EoiStatus.SUBMITTED).status(), answers, when, null);
    }

    EoiVersion decided(StewardDecision made) {
        return new EoiVersion(number, movedTo(made.outcome()).status(), answers, submittedAt, made);
    }
}
