package uk.gov.justice.marketplace.common.web;

import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/** Refuses a form post whose CSRF token is missing or is not this session's, before the handler runs. */
@Singleton
class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    private static final String TOKEN = "csrfToken";

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
        if (!tokens.matches(request, token(context))) {
            throw new CsrfRefused();
        }
        return context.proceed();
    }

    /** From the form, or for a file upload from its multipart part named csrfToken. */
    private static String token(MethodInvocationContext<Object, Object> context) {
        Object[] values = context.getParameterValues();
        Argument<?>[] arguments = context.getArguments();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof CsrfForm form) {
                return form.csrfToken();
            }
            if (arguments[i]
                    .getAnnotationMetadata()
                    .stringValue(Part.class)
                    .filter(TOKEN::equals)
                    .isPresent()) {
                return (String) values[i];
            }
        }
        throw new IllegalStateException(context.getMethodName() + " handles a form post but takes no CSRF token");
    }
}
