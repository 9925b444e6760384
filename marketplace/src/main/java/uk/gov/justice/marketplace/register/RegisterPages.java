package uk.gov.justice.marketplace.register;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;

/** The register in the portal: open to everyone, filtered without JavaScript, downloadable as open data. */
@Hidden
@Controller("/providers")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class RegisterPages {

    private final Register register;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Messages messages;
    private final Pages pages;

    RegisterPages(
            Register register,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            Messages messages,
            Pages pages) {
        this.register = register;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(@RequestBean RegisterFilter filter, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        List<RegisterPage.Row> rows =
                register.entries(filter).stream().map(e -> row(e, locale)).toList();
        return pages.page(
                request,
                "register/providers",
                new RegisterPage(
                        filter.area(),
                        filter.speciality(),
                        filter.cohort(),
                        areas.all().stream()
                                .map(a -> new Option(a.code(), a.name().in(locale)))
                                .toList(),
                        options(specialities, locale),
                        options(cohorts, locale),
                        rows,
                        href("/api/register/register.csv", filter),
                        href("/api/register", filter)));
    }

    private RegisterPage.Row row(RegisterEntry e, Locale locale) {
        return new RegisterPage.Row(
                e.organisationId().toString(),
                e.name(),
                messages.text("legalForm." + e.legalForm(), locale),
                labels(specialities, e.specialities(), locale),
                labels(cohorts, e.cohorts(), locale),
                e.areas().stream()
                        .map(code -> areas.require(code).name().in(locale))
                        .collect(Collectors.joining(", ")),
                e.welshLanguageService(),
                e.justiceDataLabEvidence());
    }

    private static List<Option> options(Vocabulary vocabulary, Locale locale) {
        return vocabulary.all().stream()
                .map(t -> new Option(t.code(), t.label().in(locale)))
                .toList();
    }

    private static String labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
        return codes.stream().map(c -> vocabulary.require(c).label().in(locale)).collect(Collectors.joining(", "));
    }

    private static String href(String path, RegisterFilter filter) {
        UriBuilder uri = UriBuilder.of(path);
        if (filter.has(filter.area())) {
            uri.queryParam("area", filter.area());
        }
        if (filter.has(filter.speciality())) {
            uri.queryParam("speciality", filter.speciality());
        }
        if (filter.has(filter.cohort())) {
            uri.queryParam("cohort", filter.cohort());
        }
        return uri.toString();
    }
}
