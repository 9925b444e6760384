package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

@Introspected
@Serdeable
record SignInForm(
        @Nullable String email, @Nullable String password, @Nullable String returnTo, @Nullable String csrfToken)
        implements CsrfForm {}
