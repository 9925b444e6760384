package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** How portal controllers answer: a page with its typed model under "page", or a 303 after a POST. */
public final class Pages {

    public static final String DASHBOARD = "/dashboard";

    private Pages() {
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(String view, Object page) {
        return page(HttpStatus.OK, view, page);
    }

    /** A form shown again with its errors answers 422 so tools and tests can tell it was refused. */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> refused(String view, Object page) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, view, page);
    }

    public static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /** Only paths on this site: a returnTo pointing elsewhere would make us an open redirect. */
    public static String localPath(String candidate, String fallback) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.contains("\r") || candidate.contains("\n")) {
            return fallback;
        }
        return candidate;
    }

    private static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, String view,
                                                                               Object page) {
        Map<String, Object> model = new HashMap<>();
        if (page != null) {
            model.put("page", page);
        }
        return HttpResponse.status(status).body(new ModelAndView<>(view, model));
    }
}
