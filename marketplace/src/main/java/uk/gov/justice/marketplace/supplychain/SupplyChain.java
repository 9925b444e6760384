package uk.gov.justice.marketplace.supplychain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;

/**
 * A lead provider's set of partners for one bid or live contract in one area. It guards its own rules: a partner
 * is invited once while the invitation or membership is open; every later move of a partner's place is one of
 * {@link LinkStatus#MOVES} (only an invitation still open is answered, terms only for partners in the chain);
 * declining and leaving need a reason. Every change adds a line to the chain's history. Immutable: each command
 * answers the next state.
 */
public record SupplyChain(
        UUID id,
        UUID leadId,
        String leadName,
        String name,
        String area,
        Purpose purpose,
        Money contractValue,
        List<PartnerLink> links,
        List<ChainEvent> history) {

    /** Whether the chain is for a bid not yet won or a contract being delivered. */
    public enum Purpose {
        BID,
        LIVE_CONTRACT
    }

    static final int LONGEST_TEXT = 2000;
    static final int LONGEST_NAME = 200;

    /** Terms take effect on the UK day they are recorded. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    public SupplyChain {
        links = links == null ? List.of() : List.copyOf(links);
        history = history == null ? List.of() : List.copyOf(history);
    }

    static SupplyChain start(
            UUID leadId,
            String leadName,
            String name,
            String area,
            Purpose purpose,
            Money contractValue,
            String by,
            Instant at) {
        List<InvalidInput> problems = problemsStarting(name, purpose, contractValue);
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        return new SupplyChain(
                UUID.randomUUID(),
                leadId,
                leadName,
                name.trim(),
                area,
                purpose,
                contractValue,
                List.of(),
                List.of(new ChainEvent.ChainStarted(
                        name.trim(), Cause.by(by, at).withoutReason())));
    }

    /** Everything wrong with a new chain's answers, all at once; its area is judged by the reference data. */
    static List<InvalidInput> problemsStarting(String name, Purpose purpose, Money contractValue) {
        List<InvalidInput> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > LONGEST_NAME) {
            problems.add(new InvalidInput("name", "error.chain.name"));
        }
        if (purpose == null) {
            problems.add(new InvalidInput("purpose", "error.chain.purpose"));
        }
        if (contractValue == null || contractValue.isNegative()) {
            problems.add(new InvalidInput("contractValue", "error.chain.terms.negative"));
        }
        return problems;
    }

    SupplyChain invite(UUID partnerId, String partnerName, String message, String by, Instant at, Instant expiresAt) {
        if (links.stream()
                .anyMatch(l -> l.partnerId().equals(partnerId) && l.statusAt(at).isOpen())) {
            throw new ConflictingChange("error.chain.alreadyInvited");
        }
        String text = message == null ? "" : message.trim();
        if (text.length() > LONGEST_TEXT) {
            throw new InvalidInput("message", "error.chain.tooLong");
        }
        List<PartnerLink> next = new ArrayList<>(links);
        next.add(PartnerLink.invited(partnerId, partnerName, text, at, expiresAt));
        return with(
                next,
                new ChainEvent.PartnerInvited(
                        partnerId, partnerName, text, Cause.by(by, at).withoutReason()));
    }

    SupplyChain accept(UUID partnerId, String by, Instant at) {
        LinkStatus to = moved(partnerId, ChainEvent.InvitationAccepted.class, at);
        return change(
                partnerId,
                l -> l.answered(to, at, null),
                new ChainEvent.InvitationAccepted(
                        partnerId, nameOf(partnerId), Cause.by(by, at).withoutReason()));
    }

    SupplyChain decline(UUID partnerId, String reason, String by, Instant at) {
        String why = required(reason);
        LinkStatus to = moved(partnerId, ChainEvent.InvitationDeclined.class, at);
        return change(
                partnerId,
                l -> l.answered(to, at, why),
                new ChainEvent.InvitationDeclined(
                        partnerId, nameOf(partnerId), Cause.by(by, at).because(why)));
    }

    SupplyChain recordTerms(UUID partnerId, PartnerTerms terms, String by, Instant at) {
        moved(partnerId, ChainEvent.TermsRecorded.class, at);
        terms.check();
        return change(
                partnerId,
                l -> l.withTerms(terms, LocalDate.ofInstant(at, UK)),
                new ChainEvent.TermsRecorded(
                        partnerId,
                        nameOf(partnerId),
                        TermsSummary.of(terms),
                        Cause.by(by, at).withoutReason()));
    }

    SupplyChain remove(UUID partnerId, String reason, String by, Instant at) {
        String why = required(reason);
        LinkStatus to = moved(partnerId, ChainEvent.PartnerLeft.class, at);
        return change(
                partnerId,
                l -> l.answered(to, at, why),
                new ChainEvent.PartnerLeft(
                        partnerId, nameOf(partnerId), Cause.by(by, at).because(why)));
    }

    /** The partners in the chain now, with their terms if recorded. */
    public List<PartnerLink> activeLinks(Instant at) {
        return links.stream().filter(l -> l.statusAt(at).isActive()).toList();
    }

    /**
     * How many partners were in the chain at that moment: accepted and not since left or been removed. Replayed from
     * the history, which keeps every answer with its time; an invitation declined or never answered (expired) never
     * made anyone a partner.
     */
    public int partnersAt(Instant at) {
        Map<UUID, Boolean> inChain = new HashMap<>();
        history.stream()
                .filter(e -> !e.cause().at().isAfter(at))
                .filter(e -> e instanceof ChainEvent.InvitationAccepted || e instanceof ChainEvent.PartnerLeft)
                .forEach(e -> inChain.put(e.partnerId(), e instanceof ChainEvent.InvitationAccepted));
        return (int) inChain.values().stream().filter(Boolean::booleanValue).count();
    }

    /** What the latest command did. */
    ChainEvent lastEvent() {
        return history.get(history.size() - 1);
    }

    public boolean involves(UUID organisationId) {
        return leadId.equals(organisationId)
                || links.stream().anyMatch(l -> l.partnerId().equals(organisationId));
    }

    public PartnerLink link(UUID partnerId) {
        return links.stream()
                .filter(l -> l.partnerId().equals(partnerId))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("partner", "error.chain.notInChain"));
    }

    /** Where the move takes the partner's latest link, as it stands at that moment; refused if not in the table. */
    private LinkStatus moved(UUID partnerId, Class<? extends ChainEvent> move, Instant at) {
        return LinkStatus.MOVES.next(link(partnerId).statusAt(at), move);
    }

    private String nameOf(UUID partnerId) {
        return link(partnerId).partnerName();
    }

    /** Changes the partner's latest link (an earlier, closed one stays as it was, for the history). */
    private SupplyChain change(UUID partnerId, UnaryOperator<PartnerLink> change, ChainEvent event) {
        List<PartnerLink> next = new ArrayList<>(links);
        int last = next.lastIndexOf(link(partnerId));
        next.set(last, change.apply(next.get(last)));
        return with(next, event);
    }

    private SupplyChain with(List<PartnerLink> nextLinks, ChainEvent event) {
        List<ChainEvent> nextHistory = new ArrayList<>(history);
        nextHistory.add(event);
        return new SupplyChain(id, leadId, leadName, name, area, purpose, contractValue, nextLinks, nextHistory);
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "error.chain.reason");
        }
        if (reason.length() > LONGEST_TEXT) {
            throw new InvalidInput("reason", "error.chain.tooLong");
        }
        return reason.trim();
    }
}
