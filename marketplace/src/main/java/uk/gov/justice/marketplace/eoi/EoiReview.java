package uk.gov.justice.marketplace.eoi;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.EmailOutbox;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.reference.WorkingDays;

/** The market steward's side: the queue of submitted EoIs, oldest first, and the decision on each. */
@Singleton
public class EoiReview {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final EoiStore store;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Notices notices;
    private final EmailOutbox outbox;
    private final OrganisationDirectory directory;
    private final Texts texts;
    private final PublicationEvents publications;
    private final Clock clock;

    EoiReview(
            EoiStore store,
            WorkingDays workingDays,
            AuditTrail audit,
            Notices notices,
            EmailOutbox outbox,
            OrganisationDirectory directory,
            Texts texts,
            PublicationEvents publications,
            Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.audit = audit;
        this.notices = notices;
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
        this.publications = publications;
        this.clock = clock;
    }

    /** An EoI waiting for the steward and how many working days it has waited. */
    public record Waiting(ExpressionOfInterest eoi, int workingDaysWaiting) {}

    /** The steward's decision as asked for: the version read, the outcome, the reason and comments by part. */
    public record Decide(int version, EoiStatus outcome, String reason, Map<EoiPart, String> partComments) {}

    @ReadOnly
    public List<Waiting> queue(Viewer steward) {
        AccessPolicy.requireSteward(steward);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        return store.awaitingDecision().stream()
                .map(id -> store.read(id).orElseThrow())
                .map(eoi -> new Waiting(
                        eoi,
                        workingDays.between(LocalDate.ofInstant(eoi.current().submittedAt(), UK), today)))
                .toList();
    }

    @ReadOnly
    public ExpressionOfInterest get(Viewer steward, UUID eoiId) {
        AccessPolicy.requireSteward(steward);
        return store.read(eoiId).orElseThrow(() -> new NotFound("eoi", "error.eoi.none"));
    }

    @Transactional
    public ExpressionOfInterest decide(Viewer steward, UUID eoiId, Decide decide) {
        AccessPolicy.requireSteward(steward);
        ExpressionOfInterest eoi = store.lock(eoiId).orElseThrow(() -> new NotFound("eoi", "error.eoi.none"));
        String who = steward.email();
        ExpressionOfInterest.Change change =
                switch (decide.outcome() == null ? EoiStatus.DRAFT : decide.outcome()) {
                    case APPROVED -> eoi.approve(decide.version(), decide.reason(), who, clock.instant());
                    case CHANGES_REQUESTED ->
                        eoi.requestChanges(
                                decide.version(),
                                decide.reason(),
                                decide.partComments() == null ? Map.of() : decide.partComments(),
                                who,
                                clock.instant());
                    case REJECTED -> eoi.reject(decide.version(), decide.reason(), who, clock.instant());
                    default -> throw new InvalidInput("outcome", "error.eoi.decision.outcome");
                };
        store.save(change.eoi());
        audit.record(steward.asActor(), EoiAudit.of(change.event()));
        if (change.eoi().current().status() == EoiStatus.APPROVED) {
            publications.record(eoi.organisationId(), eoi.id(), PublicationEvents.Kind.PUBLISHED, clock.instant());
        }
        tellProvider(change.eoi());
        return change.eoi();
    }

    /** The provider hears at once, in the same transaction: nothing is told of a decision that did not commit. */
    private void tellProvider(ExpressionOfInterest eoi) {
        StewardDecision decision = eoi.current().decision();
        notices.tell(eoi.organisationId(), DecisionNews.noticeKey(decision), decision.reason(), null);
        String organisation = eoi.current().answers().organisation().legalName();
        directory
                .emailsOf(eoi.organisationId())
                .forEach(to -> outbox.queue(DecisionNews.email(texts, to, organisation, decision)));
    }
}
