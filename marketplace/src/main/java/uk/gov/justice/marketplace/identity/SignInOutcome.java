package uk.gov.justice.marketplace.identity;

/**
 * What happened when someone tried to sign in. Deliberately one kind of refusal: it says nothing about whether the
 * email exists, the account is locked or deactivated, or the source is throttled.
 */
public sealed interface SignInOutcome {

    record SignedIn(Viewer viewer) implements SignInOutcome {}

    record Refused() implements SignInOutcome {}
}
