package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/** The steward's queue of submitted Expressions of Interest and the review page where each is decided. */
@Hidden
@CsrfProtected
@Controller("/review")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class EoiReviewPages {

    private static final String VIEW = "eoi/review";
    /** A refusal about the comments on the parts is told at the first part's comment. */
    private static final FormPage DECISION = FormPage.of(VIEW)
            .conflictsShownOn("outcome")
            .fieldsNamed(
                    field -> field.equals("partComments") ? DecisionForm.commentField(EoiPart.ORGANISATION) : field);

    private static final Set<String> DECIDED = Set.of("APPROVED", "CHANGES_REQUESTED", "REJECTED");

    private final EoiReview review;
    private final EvidenceFiles evidence;
    private final ReviewPageModels models;
    private final Messages messages;
    private final Pages pages;

    EoiReviewPages(EoiReview review, EvidenceFiles evidence, ReviewPageModels models, Messages messages, Pages pages) {
        this.review = review;
        this.evidence = evidence;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> queue(Viewer steward, @Nullable @QueryValue String decided, HttpRequest<?> request) {
        String banner = decided != null && DECIDED.contains(decided) ? "eoi.decided." + decided : null;
        return pages.page(request, "eoi/queue", models.queue(review.queue(steward), banner, messages.locale(request)));
    }

    @Get("/{id}")
    HttpResponse<?> show(Viewer steward, @PathVariable UUID id, HttpRequest<?> request) {
        ExpressionOfInterest eoi = review.get(steward, id);
        return pages.page(
                request, VIEW, models.review(eoi, evidence.list(eoi), null, FormErrors.NONE, messages.locale(request)));
    }

    /** A refused or stale decision shows the page again with what the steward wrote, so nothing is lost. */
    @Post(value = "/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(Viewer steward, @PathVariable UUID id, @Body DecisionForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                DECISION,
                () -> {
                    ExpressionOfInterest decided = review.decide(steward, id, form.decide());
                    return Pages.redirect("/review?decided=" + decided.current().status());
                },
                errors -> {
                    ExpressionOfInterest eoi = review.get(steward, id);
                    return models.review(eoi, evidence.list(eoi), form, errors, messages.locale(request));
                });
    }
}
