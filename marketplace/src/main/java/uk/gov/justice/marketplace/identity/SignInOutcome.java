package uk.gov.justice.marketplace.identity;

import java.time.Instant;

/** What happened when someone tried to sign in. Deliberately says nothing about whether the email exists. */
public sealed interface SignInOutcome {

    record SignedIn(Viewer viewer) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
    }

    record Locked(Instant until) implements SignInOutcome {
    }
}
