package uk.gov.justice.marketplace.common.web;

/** One invalid answer: the field (also the input's id) and the message, already in the user's language. */
public record FieldError(String field, String message) {
}
