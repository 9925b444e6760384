package uk.gov.justice.marketplace.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.common.web.TransportSecurity;

/** Switches the portal between English and Welsh and returns to the same page; a plain link, no JavaScript. */
@Hidden
@Controller("/language")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageSwitch {

    static final String COOKIE = "marketplace_lang";

    private final TransportSecurity transport;

    LanguageSwitch(TransportSecurity transport) {
        this.transport = transport;
    }

    @Get
    HttpResponse<?> choose(@QueryValue @Nullable String lang, @QueryValue @Nullable String returnTo) {
        String language = "cy".equals(lang) ? "cy" : "en";
        Cookie cookie = Cookie.of(COOKIE, language)
                .path("/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(transport.behindTls());
        return Pages.redirect(Pages.localPath(returnTo, "/")).cookie(cookie);
    }
}
