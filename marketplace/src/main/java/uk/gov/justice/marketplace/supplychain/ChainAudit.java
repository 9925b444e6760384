package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.common.Cause;

/**
 * The one place a chain's events are written down, one line of the table per kind of event: the word its history
 * line is stored under and what that line keeps (read back the same way), and the action and detail it is audited
 * under. Declining and leaving keep the actor's reason; the other lines keep what the event carries.
 */
final class ChainAudit {

    private static final List<Line<?>> LINES = List.of(
            new Line<>(
                    ChainEvent.ChainStarted.class,
                    "created",
                    ChainEvent.ChainStarted::name,
                    (row, cause) -> new ChainEvent.ChainStarted(row.detail(), cause.withoutReason()),
                    "supply-chain.created",
                    (chain, started) -> started.name() + " in " + chain.area()),
            new Line<>(
                    ChainEvent.PartnerInvited.class,
                    "invited",
                    ChainEvent.PartnerInvited::message,
                    (row, cause) -> new ChainEvent.PartnerInvited(
                            row.partnerId(), row.partnerName(), row.detail(), cause.withoutReason()),
                    "supply-chain.partner-invited",
                    (chain, invited) -> invited.partnerName()),
            new Line<>(
                    ChainEvent.InvitationAccepted.class,
                    "accepted",
                    accepted -> null,
                    (row, cause) -> new ChainEvent.InvitationAccepted(
                            row.partnerId(), row.partnerName(), cause.withoutReason()),
                    "supply-chain.invitation-accepted",
                    (chain, accepted) -> null),
            new Line<>(
                    ChainEvent.InvitationDeclined.class,
                    "declined",
                    ChainAudit::reason,
                    (row, cause) -> new ChainEvent.InvitationDeclined(
                            row.partnerId(), row.partnerName(), cause.because(row.detail())),
                    "supply-chain.invitation-declined",
                    (chain, declined) -> reason(declined)),
            new Line<>(
                    ChainEvent.TermsRecorded.class,
                    "terms-recorded",
                    ChainEvent.TermsRecorded::summary,
                    (row, cause) -> new ChainEvent.TermsRecorded(
                            row.partnerId(), row.partnerName(), row.detail(), cause.withoutReason()),
                    "supply-chain.terms-recorded",
                    (chain, recorded) -> recorded.summary()),
            new Line<>(
                    ChainEvent.PartnerLeft.class,
                    "left",
                    ChainAudit::reason,
                    (row, cause) ->
                            new ChainEvent.PartnerLeft(row.partnerId(), row.partnerName(), cause.because(row.detail())),
                    "supply-chain.partner-left",
                    (chain, left) -> reason(left)));

    private static final Map<Class<?>, Line<?>> BY_TYPE =
            LINES.stream().collect(Collectors.toUnmodifiableMap(Line::type, Function.identity()));
    private static final Map<String, Line<?>> BY_ACTION =
            LINES.stream().collect(Collectors.toUnmodifiableMap(Line::stored, Function.identity()));

    private ChainAudit() {}

    static AuditEvent entry(SupplyChain chain, ChainEvent event) {
        Line<?> line = line(event);
        return AuditEvent.of(line.audited(), "supply-chain", chain.id(), line.auditDetail(chain, event));
    }

    static String action(ChainEvent event) {
        return line(event).stored();
    }

    @Nullable
    static String detail(ChainEvent event) {
        return line(event).detail(event);
    }

    static ChainEvent read(
            String action,
            @Nullable UUID partnerId,
            @Nullable String partnerName,
            String by,
            Instant at,
            @Nullable String detail) {
        Line<?> line = BY_ACTION.get(action);
        if (line == null) {
            throw new IllegalStateException("No chain event is stored as " + action);
        }
        return line.read().apply(new Row(partnerId, partnerName, detail), Cause.by(by, at));
    }

    private static Line<?> line(ChainEvent event) {
        return BY_TYPE.get(event.getClass());
    }

    private static String reason(ChainEvent event) {
        return event.cause().reason();
    }

    /** A stored history line's own fields, besides who and when. */
    private record Row(@Nullable UUID partnerId, @Nullable String partnerName, @Nullable String detail) {}

    private record Line<E extends ChainEvent>(
            Class<E> type,
            String stored,
            Function<E, String> keeps,
            BiFunction<Row, Cause.By, E> read,
            String audited,
            BiFunction<SupplyChain, E, String> audits) {

        String detail(ChainEvent event) {
            return keeps.apply(type.cast(event));
        }

        String auditDetail(SupplyChain chain, ChainEvent event) {
            return audits.apply(chain, type.cast(event));
        }
    }
}
