package uk.gov.justice.marketplace.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.SessionCsrfTokens;
import uk.gov.justice.marketplace.identity.ViewerAuthentication;

/**
 * Adds the layout's data and the session's CSRF token to every rendered page. The token is made on the first page
 * a visitor sees (the sign-in form too), so every form, signed in or not, carries one.
 */
@Singleton
class ShellModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final Messages messages;
    private final SessionCsrfTokens tokens;

    ShellModelProcessor(Messages messages, SessionCsrfTokens tokens) {
        this.messages = messages;
        this.tokens = tokens;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        if (model == null) {
            return;
        }
        model.put("shell", shell(request));
        model.put("csrfToken", tokens.tokenFor(request));
    }

    private PortalShell shell(HttpRequest<?> request) {
        String language = Messages.language(messages.locale(request));
        String path = request.getUri().getRawPath();
        return ViewerAuthentication.of(request)
                .map(v ->
                        new PortalShell(true, v.fullName(), v.organisationName(), DashboardPages.PATH, path, language))
                .orElseGet(() -> new PortalShell(false, null, null, null, path, language));
    }
}
