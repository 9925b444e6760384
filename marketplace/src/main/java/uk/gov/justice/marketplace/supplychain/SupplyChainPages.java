package uk.gov.justice.marketplace.supplychain;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.shortlist.Shortlists;
import uk.gov.justice.marketplace.supplychain.ChainForms.InviteForm;
import uk.gov.justice.marketplace.supplychain.ChainForms.LanguageForm;
import uk.gov.justice.marketplace.supplychain.ChainForms.NewChainForm;
import uk.gov.justice.marketplace.supplychain.ChainForms.ReasonForm;
import uk.gov.justice.marketplace.supplychain.ChainForms.SignForm;
import uk.gov.justice.marketplace.supplychain.ChainForms.TermsForm;
import uk.gov.justice.marketplace.supplychain.ChainsPage.Declining;

/**
 * Supply chains in the portal: a lead starts chains, invites partners from its shortlists and records their terms;
 * a partner answers its invitations. Figures and flags are on every chain page.
 */
@Hidden
@CsrfProtected
@Controller("/supply-chains")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SupplyChainPages {

    private static final String LIST = "supplychain/chains";
    private static final String CHAIN = "supplychain/chain";
    private static final String TERMS = "supplychain/terms";
    private static final NewChainForm NO_NEW_CHAIN = new NewChainForm(null, null, null, null, null);

    private final SupplyChains chains;
    private final ChainContracts contracts;
    private final Shortlists shortlists;
    private final ChainPageModels models;
    private final Messages messages;
    private final Pages pages;

    SupplyChainPages(
            SupplyChains chains,
            ChainContracts contracts,
            Shortlists shortlists,
            ChainPageModels models,
            Messages messages,
            Pages pages) {
        this.chains = chains;
        this.contracts = contracts;
        this.shortlists = shortlists;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Viewer viewer, HttpRequest<?> request) {
        return pages.page(
                request, LIST, list(viewer, NO_NEW_CHAIN, Declining.NONE, FormErrors.NONE, messages.locale(request)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(Viewer lead, @Body NewChainForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(LIST),
                () -> Pages.redirect("/supply-chains/"
                        + chains.start(lead, form.command()).chain().id()),
                errors -> list(lead, form, Declining.NONE, errors, messages.locale(request)));
    }

    @Get("/{id}")
    HttpResponse<?> show(Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        return pages.page(request, CHAIN, chainPage(viewer, id, null, FormErrors.NONE, messages.locale(request)));
    }

    @Post(value = "/{id}/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(Viewer lead, @PathVariable UUID id, @Body InviteForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(CHAIN).everyFieldOn("partnerId"),
                () -> {
                    chains.invite(lead, id, parse(form.partnerId()), form.message());
                    return Pages.redirect("/supply-chains/" + id);
                },
                errors -> chainPage(lead, id, form.message(), errors, messages.locale(request)));
    }

    @Post(value = "/{id}/contracts", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> generate(Viewer lead, @PathVariable UUID id, @Body LanguageForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(CHAIN).everyFieldOn("contracts"),
                () -> {
                    contracts.generate(
                            lead,
                            id,
                            "WELSH".equals(form.language())
                                    ? ContractTerms.Language.WELSH
                                    : ContractTerms.Language.ENGLISH);
                    return Pages.redirect("/supply-chains/" + id + "#contracts");
                },
                errors -> chainPage(lead, id, null, errors, messages.locale(request)));
    }

    @Get(value = "/{id}/contracts/{documentId}", produces = "application/pdf")
    HttpResponse<byte[]> contract(Viewer viewer, @PathVariable UUID id, @PathVariable UUID documentId) {
        return Downloads.pdf(contracts.pdf(viewer, documentId), "contract-" + documentId + ".pdf");
    }

    @Post(value = "/{id}/contracts/{documentId}/signatures", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sign(Viewer signer, @PathVariable UUID id, @PathVariable UUID documentId, @Body SignForm form) {
        contracts.sign(signer, documentId, form.documentSha256());
        return Pages.redirect("/supply-chains/" + id + "#contracts");
    }

    @Post(value = "/{id}/acceptance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(Viewer partner, @PathVariable UUID id, @Body CsrfOnlyForm form) {
        chains.accept(partner, id);
        return Pages.redirect("/supply-chains");
    }

    @Post(value = "/{id}/declination", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(Viewer partner, @PathVariable UUID id, @Body ReasonForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(LIST).everyFieldOn("reason-" + id),
                () -> {
                    chains.decline(partner, id, form.reason());
                    return Pages.redirect("/supply-chains");
                },
                errors -> list(
                        partner,
                        NO_NEW_CHAIN,
                        new Declining(id.toString(), form.reason()),
                        errors,
                        messages.locale(request)));
    }

    @Get("/{id}/partners/{partnerId}/terms")
    HttpResponse<?> termsForm(
            Viewer lead, @PathVariable UUID id, @PathVariable UUID partnerId, HttpRequest<?> request) {
        SupplyChainView view = requireLead(lead, id);
        return pages.page(
                request,
                TERMS,
                termsPage(
                        view,
                        partnerId,
                        TermsForm.of(view.chain().link(partnerId).terms()),
                        null,
                        FormErrors.NONE,
                        messages.locale(request)));
    }

    @Post(value = "/{id}/partners/{partnerId}/terms", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> terms(
            Viewer lead,
            @PathVariable UUID id,
            @PathVariable UUID partnerId,
            @Body TermsForm form,
            HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(TERMS),
                () -> {
                    chains.recordTerms(lead, id, partnerId, form.terms());
                    return Pages.redirect("/supply-chains/" + id);
                },
                errors -> termsPage(requireLead(lead, id), partnerId, form, null, errors, messages.locale(request)));
    }

    @Post(value = "/{id}/partners/{partnerId}/removal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(
            Viewer lead,
            @PathVariable UUID id,
            @PathVariable UUID partnerId,
            @Body ReasonForm form,
            HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(TERMS).everyFieldOn("reason"),
                () -> {
                    chains.remove(lead, id, partnerId, form.reason());
                    return Pages.redirect("/supply-chains/" + id);
                },
                errors -> {
                    SupplyChainView view = requireLead(lead, id);
                    return termsPage(
                            view,
                            partnerId,
                            TermsForm.of(view.chain().link(partnerId).terms()),
                            form.reason(),
                            errors,
                            messages.locale(request));
                });
    }

    private ChainsPage list(Viewer viewer, NewChainForm form, Declining declining, FormErrors errors, Locale locale) {
        boolean lead = viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER;
        List<SupplyChainView> mine = chains.mine(viewer);
        return new ChainsPage(
                lead,
                lead ? mine.stream().map(v -> models.row(v, locale)).toList() : List.of(),
                lead
                        ? List.of()
                        : mine.stream().map(v -> models.invitation(v, locale)).toList(),
                models.newChain(form, errors, locale),
                declining,
                errors);
    }

    private ChainPage chainPage(Viewer viewer, UUID id, String message, FormErrors errors, Locale locale) {
        SupplyChainView view = chains.get(viewer, id);
        boolean lead = view.chain().leadId().equals(viewer.organisationId());
        List<ChainPage.ContractRow> documents = contracts.list(viewer, id).stream()
                .map(d -> models.contract(d, view.chain(), ChainContracts.canSign(viewer, d), locale))
                .toList();
        return models.chain(view, lead, lead ? invitable(viewer) : List.of(), message, documents, errors, locale);
    }

    /** Providers on the lead's shortlists, each once, by name. */
    private List<Option> invitable(Viewer lead) {
        return shortlists.mine(lead).stream()
                .flatMap(s -> s.providers().stream())
                .map(e -> new Option(e.providerId().toString(), e.name()))
                .distinct()
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    private TermsPage termsPage(
            SupplyChainView view,
            UUID partnerId,
            TermsForm form,
            String removalReason,
            FormErrors errors,
            Locale locale) {
        SupplyChain chain = view.chain();
        String base = "/supply-chains/" + chain.id() + "/partners/" + partnerId;
        return new TermsPage(
                chain.name(),
                "/supply-chains/" + chain.id(),
                chain.link(partnerId).partnerName(),
                base + "/terms",
                models.terms(form, errors, locale),
                base + "/removal",
                removalReason,
                errors);
    }

    private SupplyChainView requireLead(Viewer lead, UUID id) {
        SupplyChainView view = chains.get(lead, id);
        if (!Objects.equals(view.chain().leadId(), lead.organisationId())) {
            throw new Forbidden("error.chain.notYours");
        }
        return view;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("partnerId", "error.chain.notOnRegister");
        }
    }
}
