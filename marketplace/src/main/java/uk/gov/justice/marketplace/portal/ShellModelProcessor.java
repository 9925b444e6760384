package uk.gov.justice.marketplace.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.identity.ViewerAuthentication;

import java.util.Map;

/**
 * Adds the layout's data and the session's CSRF token to every rendered page. The token is made on the first page
 * a visitor sees (the sign-in form too), so every form, signed in or not, carries one.
 */
@Singleton
class ShellModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final HttpLocaleResolver locales;
    private final SessionStore<Session> sessions;
    private final CsrfTokenGenerator<HttpRequest<?>> tokens;
    private final CsrfConfiguration csrf;

    ShellModelProcessor(HttpLocaleResolver locales, SessionStore<Session> sessions,
                        CsrfTokenGenerator<HttpRequest<?>> tokens, CsrfConfiguration csrf) {
        this.locales = locales;
        this.sessions = sessions;
        this.tokens = tokens;
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        if (model == null) {
            return;
        }
        model.put("shell", shell(request));
        model.put("csrfToken", csrfToken(request));
    }

    private PortalShell shell(HttpRequest<?> request) {
        String language = Messages.language(locales.resolveOrDefault(request));
        String path = request.getUri().getRawPath();
        return ViewerAuthentication.of(request)
                .map(v -> new PortalShell(true, v.fullName(), v.organisationName(), DashboardPages.PATH, path,
                        language))
                .orElseGet(() -> new PortalShell(false, null, null, null, path, language));
    }

    private String csrfToken(HttpRequest<?> request) {
        Session session = SessionForRequest.find(request).orElseGet(() -> SessionForRequest.create(sessions, request));
        return session.get(csrf.getHttpSessionName(), String.class).orElseGet(() -> {
            String token = tokens.generateCsrfToken(request);
            session.put(csrf.getHttpSessionName(), token);
            return token;
        });
    }
}
