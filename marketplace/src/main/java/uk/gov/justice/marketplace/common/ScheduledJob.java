package uk.gov.justice.marketplace.common;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scheduled job that needs the database. While the database cannot be reached the job says so once (WARN, by
 * this name) and once more when it is back (INFO), instead of a stack trace at every run: see
 * {@link ScheduledJobOutages}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface ScheduledJob {

    /** The job as an operator reads it in the log: "search indexer". */
    String value();
}
