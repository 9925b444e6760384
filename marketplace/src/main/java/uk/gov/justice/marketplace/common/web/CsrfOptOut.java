package uk.gov.justice.marketplace.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The written opt-out from {@link CsrfProtected} for a state-changing portal route, with the reason a forged
 * request could do no harm there. The build (CsrfSweepTest) refuses any portal POST, PUT, PATCH or DELETE that has
 * neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CsrfOptOut {
    /** Why a request forged by another site could change nothing that matters here. */
    String value();
}
