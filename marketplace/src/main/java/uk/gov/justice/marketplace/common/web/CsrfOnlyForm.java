package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A form whose only field is its token: a button such as "Sign out" or "Revoke". */
@Introspected
@Serdeable
public record CsrfOnlyForm(@Nullable String csrfToken) implements CsrfForm {}
