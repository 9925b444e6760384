package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.eoi.EoiAnswers;
import uk.gov.justice.marketplace.eoi.Evidence;
import uk.gov.justice.marketplace.eoi.OrganisationFacts;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.search.Facet;
import uk.gov.justice.marketplace.shortlist.Shortlists;

/** A provider's page in the register, open to everyone; contact details and shortlisting once signed in. */
@Hidden
@Controller("/providers")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ProviderProfilePages {

    private final PublishedEois published;
    private final SearchLabels labels;
    private final Shortlists shortlists;
    private final Messages messages;
    private final Pages pages;

    ProviderProfilePages(
            PublishedEois published, SearchLabels labels, Shortlists shortlists, Messages messages, Pages pages) {
        this.published = published;
        this.labels = labels;
        this.shortlists = shortlists;
        this.messages = messages;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(@Nullable Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        PublishedEois.Published provider = published
                .ofOrganisation(id)
                .orElseThrow(() -> new NotFound("provider", "error.register.unknownProvider"));
        return pages.page(request, "register/provider", profile(provider, viewer, messages.locale(request)));
    }

    private ProviderProfile profile(PublishedEois.Published p, @Nullable Viewer viewer, Locale locale) {
        EoiAnswers a = p.version().answers();
        OrganisationFacts o = a.organisation();
        Map<String, Integer> people =
                a.coverage().peoplePerYear() == null ? Map.of() : a.coverage().peoplePerYear();
        List<Option> capacity = a.coverage().areas().stream()
                .map(area -> new Option(
                        labels.of(Facet.AREA, area, locale),
                        people.containsKey(area) ? String.valueOf(people.get(area)) : ""))
                .toList();
        return new ProviderProfile(
                p.organisationId().toString(),
                o.legalName(),
                labels.of(Facet.LEGAL_FORM, o.legalForm().name(), locale),
                o.registrationNumber(),
                labels.of(Facet.SIZE_BAND, o.incomeBand().name(), locale),
                joined(Facet.SPECIALITY, a.services().specialities(), locale),
                joined(Facet.COHORT, a.services().cohorts(), locale),
                capacity,
                Boolean.TRUE.equals(a.services().welshLanguageService()),
                labels.of(Facet.RISK_APPETITE, a.coverage().riskAppetite().name(), locale),
                text(a.services().qualityMarks()),
                text(a.selection().relevantExperience()),
                text(a.evidence().caseStudies()),
                text(a.evidence().outcomeFigures()),
                jdl(a.evidence()),
                p.version().number(),
                Dates.day(p.version().decision().decidedAt(), locale),
                viewer == null
                        ? null
                        : new ProviderProfile.Contact(o.contactName(), o.contactEmail(), o.contactPhone(), o.address()),
                viewer != null && Shortlists.canKeep(viewer)
                        ? shortlists.mine(viewer).stream()
                                .map(s -> new Option(s.id().toString(), s.name()))
                                .toList()
                        : List.of());
    }

    private static List<ProviderProfile.JdlRow> jdl(Evidence evidence) {
        return evidence.justiceDataLab() == null
                ? List.of()
                : evidence.justiceDataLab().stream()
                        .map(r -> new ProviderProfile.JdlRow(
                                r.cohortSize(),
                                r.reoffendingRate().toPlainString(),
                                r.controlGroupRate().toPlainString(),
                                r.statisticallySignificant()))
                        .toList();
    }

    private String joined(Facet facet, List<String> codes, Locale locale) {
        return codes.stream().map(c -> labels.of(facet, c, locale)).collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
