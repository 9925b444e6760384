package uk.gov.justice.marketplace.contracts;

/**
 * A contract as a PDF. The fingerprint (SHA-256 of the terms, printed on every page) names what was agreed; the
 * PDF's own SHA-256 is what each party signs.
 */
public record RenderedContract(byte[] pdf, String fingerprint, String sha256, int pages) {}
