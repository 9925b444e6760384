package uk.gov.justice.marketplace.ratecard;

/** An area (of any layer) a service is delivered in, and the units it can take there in each period. */
public record ServedArea(String areaCode, Integer capacity) {}
