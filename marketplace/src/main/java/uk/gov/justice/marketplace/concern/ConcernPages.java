package uk.gov.justice.marketplace.concern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.FormAnswers;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.common.web.TakesFiles;
import uk.gov.justice.marketplace.concern.ConcernsPage.Item;
import uk.gov.justice.marketplace.concern.ConcernsPage.StewardTyped;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.supplychain.SupplyChains;

/**
 * Concerns in the portal, one page shaped by who is reading: a partner raises and follows its own; the steward
 * sees every concern and its author and acts; a lead provider sees only the matters put to it.
 */
@Hidden
@CsrfProtected
@Controller("/concerns")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ConcernPages {

    private static final String VIEW = "concern/concerns";
    /** The domain's field names for the steward's words, and where each sits among a concern's forms. */
    private static final Map<String, String> STEWARD_FIELDS =
            Map.of("note", "action", "statement", "statement", "outcome", "outcome", "smallChainWeighed", "weighed");

    private final Concerns concerns;
    private final SupplyChains chains;
    private final Messages messages;
    private final Pages pages;

    ConcernPages(Concerns concerns, SupplyChains chains, Messages messages, Pages pages) {
        this.concerns = concerns;
        this.chains = chains;
        this.messages = messages;
        this.pages = pages;
    }

    @Serdeable
    record RaiseForm(
            @Nullable String chainId, @Nullable String category, @Nullable String details, @Nullable String csrfToken)
            implements CsrfForm {}

    @Serdeable
    record StewardForm(@Nullable String text, @Nullable String smallChainWeighed, @Nullable String csrfToken)
            implements CsrfForm {}

    private static final RaiseForm NOTHING_TYPED = new RaiseForm(null, null, null, null);

    @Get
    HttpResponse<?> show(Viewer viewer, HttpRequest<?> request) {
        return pages.page(
                request,
                VIEW,
                page(viewer, NOTHING_TYPED, StewardTyped.NONE, FormErrors.NONE, messages.locale(request)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> raise(Viewer partner, @Body RaiseForm form, HttpRequest<?> request) {
        return shownAgainIfRefused(partner, request, FormPage.of(VIEW), form, StewardTyped.NONE, () -> {
            FormAnswers read = new FormAnswers();
            Concern.Category category = read.answers(read.choice("category", form.category(), Concern.Category.class));
            concerns.raise(partner, id(form.chainId(), "chainId"), category, form.details());
        });
    }

    @TakesFiles
    @Post(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(
            Viewer partner,
            @PathVariable UUID id,
            @Part("csrfToken") @Nullable String csrfToken,
            @Part("file") @Nullable CompletedFileUpload file,
            HttpRequest<?> request) {
        return shownAgainIfRefused(
                partner,
                request,
                FormPage.of(VIEW).everyFieldOn("evidence-" + id),
                NOTHING_TYPED,
                StewardTyped.NONE,
                () -> {
                    if (file == null
                            || file.getFilename() == null
                            || file.getFilename().isBlank()) {
                        throw new InvalidInput("file", "error.evidence.none");
                    }
                    concerns.attach(partner, id, file.getFilename(), file.getSize(), file::getBytes);
                });
    }

    @Get(value = "/{id}/evidence/{fileId}", produces = "application/pdf")
    HttpResponse<byte[]> download(Viewer viewer, @PathVariable UUID id, @PathVariable UUID fileId) {
        PdfEvidence pdf = concerns.evidenceFile(viewer, id, fileId);
        return Downloads.pdf(pdf.content(), pdf.fileName());
    }

    @Post(value = "/{id}/actions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(Viewer steward, @PathVariable UUID id, @Body StewardForm form, HttpRequest<?> request) {
        return stewardForm(steward, request, id, "action", form, () -> concerns.act(steward, id, form.text()));
    }

    @Post(value = "/{id}/statements", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> put(Viewer steward, @PathVariable UUID id, @Body StewardForm form, HttpRequest<?> request) {
        return stewardForm(
                steward,
                request,
                id,
                "statement",
                form,
                () -> concerns.putToLead(steward, id, form.text(), weighed(form)));
    }

    @Post(value = "/{id}/closure", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(Viewer steward, @PathVariable UUID id, @Body StewardForm form, HttpRequest<?> request) {
        return stewardForm(steward, request, id, "outcome", form, () -> concerns.close(steward, id, form.text()));
    }

    private static boolean weighed(StewardForm form) {
        return "true".equals(form.smallChainWeighed());
    }

    private HttpResponse<?> stewardForm(
            Viewer steward, HttpRequest<?> request, UUID id, String formName, StewardForm form, Runnable useCase) {
        StewardTyped typed = new StewardTyped(id.toString(), formName, form.text(), weighed(form));
        return shownAgainIfRefused(
                steward,
                request,
                FormPage.of(VIEW).fieldsNamed(field -> STEWARD_FIELDS.getOrDefault(field, formName) + "-" + id),
                NOTHING_TYPED,
                typed,
                useCase);
    }

    /** Runs the use case and goes back to the list, or shows the list again with what was typed in either form. */
    private HttpResponse<?> shownAgainIfRefused(
            Viewer viewer,
            HttpRequest<?> request,
            FormPage formPage,
            RaiseForm raiseTyped,
            StewardTyped stewardTyped,
            Runnable useCase) {
        return pages.shownAgainIfRefused(
                request,
                formPage,
                () -> {
                    useCase.run();
                    return Pages.redirect("/concerns");
                },
                errors -> page(viewer, raiseTyped, stewardTyped, errors, messages.locale(request)));
    }

    private ConcernsPage page(
            Viewer viewer, RaiseForm typed, StewardTyped stewardTyped, FormErrors errors, Locale locale) {
        List<Option> categories = Arrays.stream(Concern.Category.values())
                .map(c -> new Option(c.name(), word("concern.category." + c, locale)))
                .toList();
        if (viewer.isSteward()) {
            return new ConcernsPage(
                    "steward",
                    concerns.all(viewer).stream()
                            .map(c -> forSteward(viewer, c, locale))
                            .toList(),
                    List.of(),
                    categories,
                    typed,
                    stewardTyped,
                    errors);
        }
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            return new ConcernsPage(
                    "lead",
                    concerns.mattersFor(viewer).stream()
                            .map(m -> new Item(
                                    m.id().toString(),
                                    word("concern.matter", locale),
                                    List.of(new Option(word("concern.putOn", locale), Dates.day(m.putAt(), locale))),
                                    m.text(),
                                    false,
                                    0,
                                    List.of()))
                            .toList(),
                    List.of(),
                    categories,
                    typed,
                    stewardTyped,
                    errors);
        }
        List<Option> myChains = chains.mine(viewer).stream()
                .map(v -> new Option(
                        v.chain().id().toString(),
                        v.chain().name() + " (" + v.chain().leadName() + ")"))
                .toList();
        return new ConcernsPage(
                "partner",
                concerns.raisedBy(viewer).stream()
                        .map(c -> new Item(
                                c.id().toString(),
                                c.chainName() + ": " + word("concern.category." + c.category(), locale),
                                List.of(
                                        new Option(
                                                word("concern.status", locale),
                                                word("concern.status." + c.status(), locale)),
                                        new Option(word("concern.raisedOn", locale), Dates.day(c.raisedAt(), locale)),
                                        new Option(
                                                word("concern.outcome", locale),
                                                c.outcome() == null ? "" : c.outcome())),
                                c.details(),
                                c.status() != Concern.Status.CLOSED,
                                0,
                                evidence(viewer, c)))
                        .toList(),
                myChains,
                categories,
                typed,
                stewardTyped,
                errors);
    }

    private Item forSteward(Viewer steward, Concern c, Locale locale) {
        return new Item(
                c.id().toString(),
                c.chainName() + ": " + word("concern.category." + c.category(), locale),
                List.of(
                        new Option(
                                word("concern.raisedBy", locale), c.raisedByName() + " (" + c.raisedByPerson() + ")"),
                        new Option(word("concern.lead", locale), c.leadName()),
                        new Option(word("concern.status", locale), word("concern.status." + c.status(), locale)),
                        new Option(word("concern.raisedOn", locale), Dates.day(c.raisedAt(), locale))),
                c.details(),
                c.status() != Concern.Status.CLOSED,
                concerns.partnersIn(steward, c),
                evidence(steward, c));
    }

    private List<Option> evidence(Viewer viewer, Concern concern) {
        return concerns.evidence(viewer, concern.id()).stream()
                .map(f -> new Option("/concerns/" + concern.id() + "/evidence/" + f.id(), f.fileName()))
                .toList();
    }

    private static UUID id(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.concern.chain");
        }
    }

    private String word(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
