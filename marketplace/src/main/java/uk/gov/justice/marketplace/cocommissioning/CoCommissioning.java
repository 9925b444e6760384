package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.order.PoolBudgets;
import uk.gov.justice.marketplace.ratecard.RateCards;
import uk.gov.justice.marketplace.ratecard.ServiceStatus;
import uk.gov.justice.marketplace.reference.Areas;

/**
 * Co-commissioning agreements: drafted by one of their funders, varied by a new version, in force once the quorum
 * of funders has signed. Only the funders an agreement names (and the steward) can read it. When a version takes
 * effect its budgets are opened or resized through {@link PoolBudgets} in the same transaction, so no agreement is
 * ever in force without the budget orders are charged to.
 */
@Singleton
public class CoCommissioning {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CoCommissioningStore store;
    private final OrganisationDirectory organisations;
    private final Areas areas;
    private final PoolBudgets budgets;
    private final RateCards rateCards;
    private final AuditTrail audit;
    private final CoCommissioningNews news;
    private final Clock clock;

    CoCommissioning(
            CoCommissioningStore store,
            OrganisationDirectory organisations,
            Areas areas,
            PoolBudgets budgets,
            RateCards rateCards,
            AuditTrail audit,
            CoCommissioningNews news,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.areas = areas;
        this.budgets = budgets;
        this.rateCards = rateCards;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
    }

    /** The version in force on a day, for attributing what was spent that day; empty before any took effect. */
    @ReadOnly
    public Optional<VersionInForce> versionInForceOn(UUID agreementId, LocalDate day) {
        return store.read(agreementId).flatMap(a -> a.inForceOn(day).map(v -> VersionInForce.of(a.id(), v)));
    }

    /** The UK day now, the day a signature reaching the quorum puts a version in force. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    /** The agreement a budget was opened for, if it was opened for one. */
    @ReadOnly
    public Optional<AgreementBudget> budget(UUID budgetId) {
        return store.budget(budgetId);
    }

    @ReadOnly
    public List<AgreementBudget> budgetsOf(Viewer viewer, UUID agreementId) {
        get(viewer, agreementId);
        return store.budgetsOf(agreementId);
    }

    @Transactional
    public Agreement draft(Viewer viewer, String name, AgreementAnswers answers) {
        requireCommissioner(viewer);
        AgreementTerms terms = answers.terms();
        if (!terms.isFunder(viewer.organisationId())) {
            throw new InvalidInput("funders", "cocommissioning.error.funders.notYours");
        }
        Instant now = clock.instant();
        Agreement.Change drafted = Agreement.draft(name, terms, viewer.email(), now);
        requireKnown(terms);
        store.create(drafted.agreement(), viewer.email(), now);
        return saved(viewer, drafted);
    }

    /** A variation: a new version with the same sign-off; the version in force stays so until it is signed. */
    @Transactional
    public Agreement propose(Viewer viewer, UUID agreementId, AgreementAnswers answers, String reason) {
        requireCommissioner(viewer);
        Agreement agreement = store.lock(agreementId)
                .filter(a -> a.involves(viewer.organisationId()))
                .orElseThrow(CoCommissioning::none);
        AgreementTerms terms = answers.terms();
        Agreement.Change proposed = agreement.propose(terms, reason, viewer.email(), clock.instant());
        requireKnown(terms);
        return saved(viewer, proposed);
    }

    /**
     * A funder's sign-off, by its authorised signatory or organisation admin, for its own organisation only; the
     * signature reaching the quorum puts the version in force today and opens its budgets.
     */
    @Transactional
    public Agreement sign(Viewer viewer, UUID agreementId, int version, UUID funderId) {
        Agreement agreement = store.lock(agreementId)
                .filter(a -> a.involves(viewer.organisationId()))
                .orElseThrow(CoCommissioning::none);
        if (!viewer.has(Role.AUTHORISED_SIGNATORY) && !viewer.has(Role.ORGANISATION_ADMIN)) {
            throw new Forbidden("cocommissioning.error.sign.notSignatory");
        }
        UUID signedFor = funderId == null ? viewer.organisationId() : funderId;
        SignOff.RULES.require(new SignOff(
                viewer.organisationId(), signedFor, agreement.version(version).terms()));
        Instant now = clock.instant();
        Agreement.Change signed = agreement.sign(version, signedFor, viewer.email(), now, LocalDate.ofInstant(now, UK));
        signed.events().stream()
                .filter(AgreementEvent.VersionTookEffect.class::isInstance)
                .findFirst()
                .ifPresent(
                        e -> openBudgets(signed.agreement(), signed.agreement().version(e.version())));
        return saved(viewer, signed);
    }

    @ReadOnly
    public Agreement get(Viewer viewer, UUID agreementId) {
        return store.read(agreementId)
                .filter(a -> viewer.isSteward() || a.involves(viewer.organisationId()))
                .orElseThrow(CoCommissioning::none);
    }

    /** The agreements the viewer's organisation funds or is named to fund, newest first. */
    @ReadOnly
    public List<Agreement> involving(Viewer viewer) {
        return store.involving(viewer.organisationId());
    }

    /** The names of the organisations an agreement's versions name, for showing it. */
    @ReadOnly
    public Map<UUID, String> namesIn(Agreement agreement) {
        return organisations.namesOf(agreement.versions().stream()
                .flatMap(v -> v.terms().funderIds().stream())
                .distinct()
                .toList());
    }

    /** Pooled: one budget a year held by the host, the year's total; aligned: each funder's own, its contribution. */
    private void openBudgets(Agreement agreement, AgreementVersion version) {
        AgreementTerms terms = version.terms();
        if (terms.funding() == Funding.POOLED) {
            terms.totals().forEach((year, total) -> open(agreement, terms, terms.hostId(), year, total));
            return;
        }
        for (Funder funder : terms.funders()) {
            terms.contributionsOf(funder.organisationId())
                    .forEach((year, amount) -> open(agreement, terms, funder.organisationId(), year, amount));
        }
    }

    /** The budget buys only the services and areas this version names, so a variation's new line is bought then. */
    private void open(Agreement agreement, AgreementTerms terms, UUID holder, FinancialYear year, Money amount) {
        UUID budgetId = budgets.openOrResize(
                agreement.id(),
                holder,
                year,
                amount,
                agreement.name() + " " + year,
                new PoolBudgets.Purchases(terms.services(), terms.areas()));
        store.budgetOpened(new AgreementBudget(agreement.id(), holder, year, budgetId));
    }

    private void requireKnown(AgreementTerms terms) {
        Map<UUID, OrganisationKind> kinds = organisations.kindsOf(terms.funderIds());
        if (!terms.funderIds().stream().allMatch(id -> kinds.get(id) == OrganisationKind.COMMISSIONER)) {
            throw new InvalidInput("funders", "cocommissioning.error.funders.notCommissioners");
        }
        if (!terms.areas().stream().allMatch(code -> areas.find(code).isPresent())) {
            throw new InvalidInput("areas", "cocommissioning.error.areas.unknown");
        }
        if (!terms.services().stream().allMatch(this::onTheRateCard)) {
            throw new InvalidInput("serviceIds", "cocommissioning.error.services.unknown");
        }
    }

    /** Only a service published on the rate card can be bought; a withdrawn or draft one cannot be added. */
    private boolean onTheRateCard(UUID serviceId) {
        try {
            return rateCards.publicService(serviceId).status() == ServiceStatus.PUBLISHED;
        } catch (NotFound none) {
            return false;
        }
    }

    private static void requireCommissioner(Viewer viewer) {
        if (viewer.organisationKind() != OrganisationKind.COMMISSIONER) {
            throw new Forbidden("cocommissioning.error.onlyCommissioners");
        }
    }

    private static NotFound none() {
        return new NotFound("agreement", "cocommissioning.error.none");
    }

    /**
     * Saves the change, audits each event, asks the funders still to sign a version that waits for them and tells
     * every funder of a version that took effect.
     */
    private Agreement saved(Viewer viewer, Agreement.Change change) {
        Agreement agreement = change.agreement();
        store.save(agreement);
        for (AgreementEvent event : change.events()) {
            audit.record(viewer.asActor(), CoCommissioningAudit.of(event));
            Set<UUID> funders = agreement.version(event.version()).terms().funderIds();
            if (event instanceof AgreementEvent.AgreementDrafted || event instanceof AgreementEvent.VariationProposed) {
                funders.stream()
                        .filter(id -> !id.equals(viewer.organisationId()))
                        .forEach(id -> news.toSign(id, agreement, event.version()));
            } else if (event instanceof AgreementEvent.VersionTookEffect) {
                funders.forEach(id -> news.inForce(id, agreement, event.version()));
            }
        }
        return agreement;
    }
}
