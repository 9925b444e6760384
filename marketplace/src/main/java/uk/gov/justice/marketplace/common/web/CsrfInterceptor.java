package uk.gov.justice.marketplace.common.web;

import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.Arrays;

/** Refuses a form post whose CSRF token is missing or is not this session's, before the handler runs. */
@Singleton
class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    private final SessionCsrfTokens tokens;

    CsrfInterceptor(SessionCsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (context.hasAnnotation(Get.class)) {
            return context.proceed();
        }
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("A protected form was handled outside a request"));
        CsrfForm form = Arrays.stream(context.getParameterValues())
                .filter(CsrfForm.class::isInstance)
                .map(CsrfForm.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(context.getMethodName()
                        + " handles a form post but takes no CsrfForm"));
        if (!tokens.matches(request, form.csrfToken())) {
            throw new CsrfRefused();
        }
        return context.proceed();
    }
}
