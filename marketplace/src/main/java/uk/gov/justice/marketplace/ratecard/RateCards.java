package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.eoi.EvidenceFile;
import uk.gov.justice.marketplace.eoi.EvidenceFiles;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;

/**
 * Providers keeping their own rate card: a service is drafted, priced, published and withdrawn by the provider
 * that delivers it, and nobody else. Each command locks the service, lets the aggregate decide, saves, tells the
 * search index through the change outbox and writes the audit entry, all in one transaction.
 */
@Singleton
public class RateCards {

    private final RateCardStore store;
    private final PublishedEois register;
    private final EvidenceFiles evidence;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final AuditTrail audit;
    private final Clock clock;

    RateCards(
            RateCardStore store,
            PublishedEois register,
            EvidenceFiles evidence,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.register = register;
        this.evidence = evidence;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RateCardService draft(Viewer provider, ServiceDetails details) {
        requireProvider(provider);
        check(provider, details);
        RateCardService.Change drafted =
                RateCardService.draft(provider.organisationId(), provider.organisationName(), details, cause(provider));
        store.create(drafted.service());
        return recorded(provider, drafted);
    }

    @Transactional
    public RateCardService change(Viewer provider, UUID serviceId, ServiceDetails details) {
        RateCardService service = own(provider, serviceId);
        check(provider, details);
        // Capacity already sold in this period or later stays deliverable: never less capacity than was reserved.
        CapacityPeriod counted = service.details().capacityPeriod();
        Map<String, Integer> reserved = store.mostReservedFrom(
                serviceId, Period.containing(counted, today()).start());
        if (!reserved.isEmpty() && details.capacityPeriod() != counted) {
            throw new InvalidInput("capacityPeriod", "ratecard.error.periodHasOrders");
        }
        reserved.forEach((area, units) -> {
            if (details.capacityIn(area) < units) {
                throw new InvalidInput("areas", "ratecard.error.areaHasOrders");
            }
        });
        return saved(provider, service.change(provider.organisationName(), details, cause(provider)));
    }

    /** A new unit price from {@code effectiveFrom} on, which is never before today (see {@link NewPrice}). */
    @Transactional
    public RateCardService setPrice(
            Viewer provider,
            UUID serviceId,
            @Nullable BigDecimal unitPrice,
            @Nullable VatTreatment vat,
            @Nullable LocalDate effectiveFrom) {
        RateCardService service = own(provider, serviceId);
        NewPrice price = new NewPrice(pounds(unitPrice), vat, effectiveFrom, today(), service.prices());
        return saved(provider, service.price(price, provider.userId(), cause(provider)));
    }

    @Transactional
    public RateCardService publish(Viewer provider, UUID serviceId) {
        RateCardService service = own(provider, serviceId);
        boolean onTheRegister = register.ofOrganisation(service.providerId()).isPresent();
        return saved(provider, service.publish(onTheRegister, cause(provider)));
    }

    @Transactional
    public RateCardService withdraw(Viewer provider, UUID serviceId, @Nullable String reason) {
        RateCardService service = own(provider, serviceId);
        return saved(provider, service.withdraw(Cause.by(provider.email(), clock.instant()), reason));
    }

    /** The provider's own services, drafts included. */
    @ReadOnly
    public List<RateCardService> mine(Viewer provider) {
        requireProvider(provider);
        return store.ofProvider(provider.organisationId());
    }

    /** One of the provider's own services, in any status. */
    @ReadOnly
    public RateCardService ownService(Viewer provider, UUID serviceId) {
        requireProvider(provider);
        return store.read(serviceId)
                .filter(s -> s.providerId().equals(provider.organisationId()))
                .orElseThrow(RateCards::noSuchService);
    }

    /** A service anyone may read: published, or withdrawn with its price history still public. */
    @ReadOnly
    public RateCardService publicService(UUID serviceId) {
        return store.read(serviceId)
                .filter(s -> s.status() != ServiceStatus.DRAFT)
                .orElseThrow(RateCards::noSuchService);
    }

    /** The outcome evidence of the provider's approved EoI that its services may point to. */
    @ReadOnly
    public List<EvidenceFile> evidenceOnOffer(UUID providerId) {
        return register.ofOrganisation(providerId).map(evidence::published).orElse(List.of());
    }

    /** Where the evidence files a service points to are read: the approved EoI they belong to. */
    @ReadOnly
    public Optional<UUID> approvedEoiOf(UUID providerId) {
        return register.ofOrganisation(providerId).map(PublishedEois.Published::eoiId);
    }

    private void check(Viewer provider, ServiceDetails details) {
        Set<UUID> onOffer = evidenceOnOffer(provider.organisationId()).stream()
                .map(EvidenceFile::id)
                .collect(Collectors.toSet());
        ServiceDetails.RULES.require(new ServiceDetails.Checked(details, areas, specialities, cohorts, onOffer));
    }

    /** The service locked for a change by its own provider: a provider changes only its own services. */
    private RateCardService own(Viewer provider, UUID serviceId) {
        requireProvider(provider);
        RateCardService service = store.lock(serviceId).orElseThrow(RateCards::noSuchService);
        if (!service.providerId().equals(provider.organisationId())) {
            throw new Forbidden("ratecard.error.notYours");
        }
        return service;
    }

    private RateCardService saved(Viewer provider, RateCardService.Change change) {
        store.save(change.service());
        return recorded(provider, change);
    }

    private RateCardService recorded(Viewer provider, RateCardService.Change change) {
        store.changed(change.service().id(), change.service().updatedAt());
        audit.record(provider.asActor(), RateCardAudit.of(change.event()));
        return change.service();
    }

    private Cause cause(Viewer provider) {
        return Cause.by(provider.email(), clock.instant()).withoutReason();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Pounds and pence only: an amount with fractions of a penny is no price, and the rule says so. */
    private static Money pounds(BigDecimal amount) {
        return amount == null || amount.stripTrailingZeros().scale() > 2 ? null : new Money(amount, Money.GBP);
    }

    private static void requireProvider(Viewer viewer) {
        if (viewer.organisationKind() != OrganisationKind.VCSE_PROVIDER
                && viewer.organisationKind() != OrganisationKind.LEAD_PROVIDER) {
            throw new Forbidden("ratecard.error.onlyProviders");
        }
    }

    private static NotFound noSuchService() {
        return new NotFound("serviceId", "ratecard.error.noService");
    }
}
