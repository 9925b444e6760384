package uk.gov.justice.marketplace.contracts;

import java.time.Instant;

/** A party's signature as recorded in the portal: who, for which organisation, in what capacity, when, on what. */
public record SignatureRecord(
        String signer, String organisation, String role, Instant signedAt, String documentSha256) {}
