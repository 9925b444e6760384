package uk.gov.justice.marketplace.common;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a move, when, and why: carried by every past-tense event of a state machine so the audit trail can tell
 * it without asking anyone. Read as a sentence: {@code Cause.by(steward, now).because(note)}.
 *
 * @param reason what the actor wrote, or null for a move that needs no words (a partner raising its concern has
 *               its details in the event itself)
 */
public record Cause(String actor, Instant at, String reason) {

    public Cause {
        Objects.requireNonNull(actor, "every move names its actor");
        Objects.requireNonNull(at, "every move is dated");
    }

    /** The first half of the sentence: who and when; {@link By#because} or {@link By#withoutReason} ends it. */
    public static By by(String actor, Instant at) {
        return new By(actor, at);
    }

    public record By(String actor, Instant at) {

        public Cause because(String reason) {
            return new Cause(actor, at, Objects.requireNonNull(reason, "a reason was asked for"));
        }

        public Cause withoutReason() {
            return new Cause(actor, at, null);
        }
    }
}
