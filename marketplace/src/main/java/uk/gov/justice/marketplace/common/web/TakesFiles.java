package uk.gov.justice.marketplace.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a route that takes a file: its body may be as large as {@code micronaut.server.max-request-size} (64 MB, so
 * an oversized PDF is read and refused with a clear message). Every other route takes at most
 * {@code marketplace.requests.max-body-size} ({@link RequestSizeLimit}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TakesFiles {}
