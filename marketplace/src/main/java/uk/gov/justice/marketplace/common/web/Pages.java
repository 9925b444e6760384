package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How portal controllers answer: a page rendered from its template with its typed model under "page" (plus what
 * the view-model processors add: the layout's shell and the CSRF token), or a 303 after a POST. Rendering here,
 * rather than in Micronaut Views' response filter, keeps the answer the same whatever route or error produced it.
 */
@Singleton
public class Pages {

    public static final String DASHBOARD = "/dashboard";
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final ViewsModelDecorator decorator;
    private final Messages messages;

    Pages(
            ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer,
            ViewsModelDecorator decorator,
            Messages messages) {
        this.renderer = renderer;
        this.decorator = decorator;
        this.messages = messages;
    }

    public MutableHttpResponse<String> page(HttpRequest<?> request, String view, Object page) {
        return page(request, HttpStatus.OK, view, page);
    }

    /** A form shown again with its errors answers 422 so tools and tests can tell it was refused. */
    public MutableHttpResponse<String> refused(HttpRequest<?> request, String view, Object page) {
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, view, page);
    }

    /**
     * A form's POST: the use case's answer (usually a redirect), or, if it refuses, the form's page again built by
     * {@code again} from the GOV.UK error summary's errors, which must keep everything typed (see {@link FormPage}).
     */
    public HttpResponse<?> shownAgainIfRefused(
            HttpRequest<?> request,
            FormPage form,
            Supplier<? extends HttpResponse<?>> useCase,
            Function<FormErrors, Object> again) {
        return form.<HttpResponse<?>>answer(
                useCase::get,
                (status, fields) -> page(
                        request,
                        status,
                        form.view(),
                        again.apply(form.errors(fields, messages, messages.locale(request)))));
    }

    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String view, Object page) {
        Map<String, Object> model = new HashMap<>();
        if (page != null) {
            model.put("page", page);
        }
        ModelAndView<Map<String, Object>> modelAndView = new ModelAndView<>(view, model);
        decorator.decorate(request, modelAndView);
        return HttpResponse.<String>status(status).contentType(HTML).body(render(view, model, request));
    }

    public static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /**
     * Only paths on this site: a returnTo pointing elsewhere would make us an open redirect. Anything that is not a
     * plain URI path (a space, a tab, any control or non-ASCII character, a backslash) gets the fallback too, since
     * it could not be redirected to without failing.
     */
    public static String localPath(String candidate, String fallback) {
        if (candidate == null
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || !candidate.chars().allMatch(Pages::plainUriCharacter)) {
            return fallback;
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : fallback;
        } catch (URISyntaxException e) {
            return fallback;
        }
    }

    private static boolean plainUriCharacter(int c) {
        return c > ' ' && c < 0x7f && c != '\\';
    }

    private String render(String view, Map<String, Object> model, HttpRequest<?> request) {
        Writable writable = renderer.render(view, model, request);
        StringWriter html = new StringWriter();
        try {
            writable.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
