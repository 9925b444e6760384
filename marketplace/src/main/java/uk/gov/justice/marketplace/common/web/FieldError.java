package uk.gov.justice.marketplace.common.web;

/**
 * One invalid answer: the field (also the input's id) and the message, already in the user's language. A field
 * asked on another page is named by that page's path with the input's id as fragment (/eoi/parts/services#cohorts).
 */
public record FieldError(String field, String message) {

    public String href() {
        return field.startsWith("/") ? field : "#" + field;
    }
}
