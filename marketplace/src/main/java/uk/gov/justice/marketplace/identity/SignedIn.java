package uk.gov.justice.marketplace.identity;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link Viewer} parameter of an API operation: it comes from the bearer token (bound by
 * {@code ViewerArgumentBinder}), so the OpenAPI document must not offer it to clients as a parameter or body field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(hidden = true)
public @interface SignedIn {}
