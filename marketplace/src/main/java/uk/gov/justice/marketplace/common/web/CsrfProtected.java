package uk.gov.justice.marketplace.common.web;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a portal controller: every POST handler must take a {@link CsrfForm} and is refused unless its token is the
 * session's. (Checked here rather than in an HTTP filter so the form body is read once, by the normal binding.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(CsrfInterceptor.class)
public @interface CsrfProtected {}
