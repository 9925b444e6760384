package uk.gov.justice.marketplace.reference;

import java.time.LocalDate;

/** A bank holiday in England and Wales, on the day it is taken. */
public record Holiday(LocalDate date, Label name) {}
