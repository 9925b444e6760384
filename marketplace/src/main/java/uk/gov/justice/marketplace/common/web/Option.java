package uk.gov.justice.marketplace.common.web;

/** One choice in a select, radios or checkboxes: the value sent and the label shown (already translated). */
public record Option(String value, String label) {}
