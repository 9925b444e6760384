package uk.gov.justice.marketplace.common;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outside the job's transaction, so a connection the pool could not give, or one lost under the job, is seen here.
 * The job's work waits in the database for the next run, so nothing is lost by letting this run end quietly; any
 * other failure goes on to Micronaut's handler, stack trace and all.
 */
@Singleton
@InterceptorBean(ScheduledJob.class)
class ScheduledJobOutages implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobOutages.class);

    private final Set<String> waitingForTheDatabase = ConcurrentHashMap.newKeySet();

    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        String job = context.stringValue(ScheduledJob.class).orElse(context.getMethodName());
        try {
            Object result = context.proceed();
            if (waitingForTheDatabase.remove(job)) {
                LOG.info("The {} reaches the database again", job);
            }
            return result;
        } catch (RuntimeException e) {
            if (!DatabaseUnreachable.causes(e)) {
                throw e;
            }
            if (waitingForTheDatabase.add(job)) {
                LOG.warn(
                        "The {} cannot reach the database; it will keep trying at every run and say when it is "
                                + "back: {}",
                        job,
                        e.getMessage());
            }
            return null;
        }
    }
}
