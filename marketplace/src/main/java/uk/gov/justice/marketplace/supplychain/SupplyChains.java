package uk.gov.justice.marketplace.supplychain;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.WorkingDays;

/**
 * Lead providers assemble supply chains from the register; partners answer invitations in their own portal; the
 * steward sees every chain with its figures and flags. Every change is audited in its own transaction and the
 * other side is told on its dashboard.
 */
@Singleton
public class SupplyChains {

    /** How long a partner has to answer: ten working days, as the register's other deadlines. */
    static final int INVITATION_WORKING_DAYS = 10;

    private final SupplyChainStore store;
    private final Stewardship stewardship;
    private final PublishedEois register;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Notices notices;
    private final Clock clock;

    SupplyChains(
            SupplyChainStore store,
            Stewardship stewardship,
            PublishedEois register,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            WorkingDays workingDays,
            AuditTrail audit,
            Notices notices,
            Clock clock) {
        this.store = store;
        this.stewardship = stewardship;
        this.register = register;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.workingDays = workingDays;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** What a lead asks for when starting a chain. */
    public record NewChain(String name, String area, SupplyChain.Purpose purpose, Money contractValue) {}

    @Transactional
    public SupplyChainView start(Viewer lead, NewChain request) {
        if (lead.organisationKind() != OrganisationKind.LEAD_PROVIDER) {
            throw new Forbidden("error.chain.onlyLeads");
        }
        List<InvalidInput> problems = new ArrayList<>(
                SupplyChain.problemsStarting(request.name(), request.purpose(), request.contractValue()));
        if (request.area() == null || areas.find(request.area()).isEmpty()) {
            problems.add(new InvalidInput("area", "error.chain.area"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        Instant now = clock.instant();
        SupplyChain chain = SupplyChain.start(
                lead.organisationId(),
                lead.organisationName(),
                request.name(),
                request.area(),
                request.purpose(),
                request.contractValue(),
                lead.email(),
                now);
        store.create(chain, now);
        audit.record(lead.asActor(), ChainAudit.entry(chain, chain.lastEvent()));
        return view(chain, now);
    }

    @Transactional
    public SupplyChainView invite(Viewer lead, UUID chainId, UUID partnerId, String message) {
        String partnerName = register.ofOrganisation(partnerId == null ? new UUID(0, 0) : partnerId)
                .map(p -> p.version().answers().organisation().legalName())
                .orElseThrow(() -> new InvalidInput("partnerId", "error.chain.notOnRegister"));
        Instant now = clock.instant();
        SupplyChain chain = changeAsLead(
                lead, chainId, c -> c.invite(partnerId, partnerName, message, lead.email(), now, expiry(now)));
        notices.tell(partnerId, "notice.chain.invited", chain.leadName() + ": " + chain.name(), null);
        return view(chain, now);
    }

    @Transactional
    public SupplyChainView accept(Viewer partner, UUID chainId) {
        Instant now = clock.instant();
        SupplyChain chain =
                changeAsPartner(partner, chainId, c -> c.accept(partner.organisationId(), partner.email(), now));
        notices.tell(chain.leadId(), "notice.chain.accepted", partner.organisationName() + ": " + chain.name(), null);
        return partnerView(chain, partner.organisationId(), now);
    }

    @Transactional
    public SupplyChainView decline(Viewer partner, UUID chainId, String reason) {
        Instant now = clock.instant();
        SupplyChain chain = changeAsPartner(
                partner, chainId, c -> c.decline(partner.organisationId(), reason, partner.email(), now));
        notices.tell(chain.leadId(), "notice.chain.declined", partner.organisationName() + ": " + chain.name(), null);
        return partnerView(chain, partner.organisationId(), now);
    }

    /** Only the chain's lead learns anything about the terms it sent: ownership is checked before any answer. */
    @Transactional
    public SupplyChainView recordTerms(Viewer lead, UUID chainId, UUID partnerId, PartnerTerms terms) {
        Instant now = clock.instant();
        return view(
                changeAsLead(lead, chainId, c -> {
                    SupplyChain recorded = c.recordTerms(partnerId, terms, lead.email(), now);
                    checkCodes(terms);
                    return recorded;
                }),
                now);
    }

    @Transactional
    public SupplyChainView remove(Viewer lead, UUID chainId, UUID partnerId, String reason) {
        Instant now = clock.instant();
        return view(changeAsLead(lead, chainId, c -> c.remove(partnerId, reason, lead.email(), now)), now);
    }

    /** The lead and the steward see everything; a partner sees the chain and only its own place in it. */
    @ReadOnly
    public SupplyChainView get(Viewer viewer, UUID chainId) {
        SupplyChain chain = store.read(chainId).orElseThrow(SupplyChains::none);
        Instant now = clock.instant();
        if (viewer.isSteward() || chain.leadId().equals(viewer.organisationId())) {
            return view(chain, now);
        }
        if (!chain.involves(viewer.organisationId())) {
            throw none();
        }
        return partnerView(chain, viewer.organisationId(), now);
    }

    /** A lead's own chains, or the chains a partner has been invited to. */
    @ReadOnly
    public List<SupplyChainView> mine(Viewer viewer) {
        Instant now = clock.instant();
        StewardshipLimits limits = stewardship.limits();
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            return store.ofLead(viewer.organisationId()).stream()
                    .map(c -> view(c, limits, now))
                    .toList();
        }
        return store.withPartner(viewer.organisationId()).stream()
                .map(c -> partnerView(c, viewer.organisationId(), limits, now))
                .toList();
    }

    /** The steward's view: the chains that match, and every lead provider with a chain (to narrow by). */
    public record Overview(List<SupplyChainView> chains, Map<UUID, String> leads) {}

    /** Every chain with its figures and flags, narrowed by area (containment both ways) and lead provider. */
    @ReadOnly
    public Overview overview(Viewer steward, String area, UUID leadId) {
        AccessPolicy.requireSteward(steward);
        if (area != null && !area.isBlank() && areas.find(area).isEmpty()) {
            throw new InvalidInput("area", "error.chain.area");
        }
        Instant now = clock.instant();
        StewardshipLimits limits = stewardship.limits();
        List<SupplyChain> all = store.all();
        Map<UUID, String> leads = new TreeMap<>();
        all.forEach(c -> leads.put(c.leadId(), c.leadName()));
        return new Overview(
                all.stream()
                        .filter(c -> area == null || area.isBlank() || areas.related(area, c.area()))
                        .filter(c -> leadId == null || c.leadId().equals(leadId))
                        .map(c -> view(c, limits, now))
                        .toList(),
                leads);
    }

    private SupplyChain changeAsLead(Viewer lead, UUID chainId, UnaryOperator<SupplyChain> change) {
        SupplyChain chain = store.lock(chainId).orElseThrow(SupplyChains::none);
        if (!chain.leadId().equals(lead.organisationId())) {
            throw chain.involves(lead.organisationId()) ? new Forbidden("error.chain.notYours") : none();
        }
        return saved(lead, change.apply(chain));
    }

    private SupplyChain changeAsPartner(Viewer partner, UUID chainId, UnaryOperator<SupplyChain> change) {
        SupplyChain chain = store.lock(chainId).orElseThrow(SupplyChains::none);
        if (!chain.involves(partner.organisationId()) || chain.leadId().equals(partner.organisationId())) {
            throw none();
        }
        return saved(partner, change.apply(chain));
    }

    /** Saved with the audit entry for the change just made, in the same transaction. */
    private SupplyChain saved(Viewer actor, SupplyChain changed) {
        store.save(changed, clock.instant());
        audit.record(actor.asActor(), ChainAudit.entry(changed, changed.lastEvent()));
        return changed;
    }

    private SupplyChainView view(SupplyChain chain, Instant now) {
        return view(chain, stewardship.limits(), now);
    }

    private static SupplyChainView view(SupplyChain chain, StewardshipLimits limits, Instant now) {
        return new SupplyChainView(chain, ChainFigures.of(chain, limits, now), now);
    }

    private SupplyChainView partnerView(SupplyChain chain, UUID partnerId, Instant now) {
        return partnerView(chain, partnerId, stewardship.limits(), now);
    }

    private static SupplyChainView partnerView(
            SupplyChain chain, UUID partnerId, StewardshipLimits limits, Instant now) {
        SupplyChain own = new SupplyChain(
                chain.id(),
                chain.leadId(),
                chain.leadName(),
                chain.name(),
                chain.area(),
                chain.purpose(),
                chain.contractValue(),
                chain.links().stream()
                        .filter(l -> l.partnerId().equals(partnerId))
                        .toList(),
                chain.history().stream()
                        .filter(e -> partnerId.equals(e.partnerId()))
                        .toList());
        return new SupplyChainView(own, ChainFigures.of(own, limits, now), now);
    }

    private void checkCodes(PartnerTerms terms) {
        if (terms.specialities().stream().anyMatch(c -> specialities.find(c).isEmpty())) {
            throw new InvalidInput("specialities", "error.chain.terms.specialities");
        }
        if (terms.cohorts().stream().anyMatch(c -> cohorts.find(c).isEmpty())) {
            throw new InvalidInput("cohorts", "error.chain.terms.cohorts");
        }
        if (terms.areas().stream().anyMatch(c -> areas.find(c).isEmpty())) {
            throw new InvalidInput("areas", "error.chain.area");
        }
    }

    /** The end of the tenth working day after the invitation, in the UK. */
    private Instant expiry(Instant now) {
        LocalDate last = workingDays.add(LocalDate.ofInstant(now, SupplyChain.UK), INVITATION_WORKING_DAYS);
        return last.plusDays(1).atStartOfDay(SupplyChain.UK).toInstant();
    }

    private static NotFound none() {
        return new NotFound("supplyChain", "error.chain.none");
    }
}
