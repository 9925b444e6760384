package uk.gov.justice.marketplace.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feature's one table of allowed moves: from a status, an event of a given type leads to a status. Everything
 * not in the table is refused. The table prints itself one move a line so a test can pin it whole, and a change to
 * how people work shows up as a change to that test.
 *
 * @param <S> the statuses, an enum
 * @param <E> the feature's events, past-tense records (usually a sealed interface)
 */
public final class Transitions<S extends Enum<S>, E> {

    private final String refusedKey;
    private final Map<Class<? extends E>, String> refusedKeys;
    private final Map<S, Map<Class<? extends E>, S>> moves;

    private Transitions(
            String refusedKey, Map<Class<? extends E>, String> refusedKeys, Map<S, Map<Class<? extends E>, S>> moves) {
        this.refusedKey = refusedKey;
        this.refusedKeys = refusedKeys;
        this.moves = moves;
    }

    /** Starts a table; a refused move is told with {@code refusedKey} and the status and event found. */
    public static <S extends Enum<S>, E> Builder<S, E> refusing(String refusedKey) {
        return new Builder<>(refusedKey);
    }

    /** The status the event leads to, or a typed refusal when the table has no such move. */
    public S next(S from, Class<? extends E> event) {
        S to = moves.getOrDefault(from, Map.of()).get(event);
        if (to == null) {
            throw new MoveRefused(refusedKeys.getOrDefault(event, refusedKey), from.name(), event.getSimpleName());
        }
        return to;
    }

    /** Whether any event leads from one status to the other. */
    public boolean allows(S from, S to) {
        return moves.getOrDefault(from, Map.of()).containsValue(to);
    }

    /** Whether the table has a move for this event from this status. */
    public boolean allows(S from, Class<? extends E> event) {
        return moves.getOrDefault(from, Map.of()).containsKey(event);
    }

    /** The whole table, one {@code FROM --Event--> TO} a line, in the order it was written. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        moves.forEach((from, byEvent) ->
                byEvent.forEach((event, to) -> lines.add(from + " --" + event.getSimpleName() + "--> " + to)));
        return Collections.unmodifiableList(lines);
    }

    public static final class Builder<S extends Enum<S>, E> {

        private final String refusedKey;
        private final Map<Class<? extends E>, String> refusedKeys = new LinkedHashMap<>();
        private final Map<S, Map<Class<? extends E>, S>> moves = new LinkedHashMap<>();

        private Builder(String refusedKey) {
            this.refusedKey = Objects.requireNonNull(refusedKey);
        }

        public Builder<S, E> allow(S from, Class<? extends E> event, S to) {
            S earlier = moves.computeIfAbsent(from, f -> new LinkedHashMap<>()).putIfAbsent(event, to);
            if (earlier != null) {
                throw new IllegalArgumentException(from + " --" + event.getSimpleName() + "--> is in the table twice");
            }
            return this;
        }

        /** An event whose refusal tells its own story (an invitation closed, not the chain) keeps its own key. */
        public Builder<S, E> refusing(Class<? extends E> event, String key) {
            refusedKeys.put(event, Objects.requireNonNull(key));
            return this;
        }

        public Transitions<S, E> build() {
            Map<S, Map<Class<? extends E>, S>> frozen = new LinkedHashMap<>();
            moves.forEach((from, byEvent) -> frozen.put(from, Collections.unmodifiableMap(byEvent)));
            return new Transitions<>(refusedKey, Map.copyOf(refusedKeys), Collections.unmodifiableMap(frozen));
        }
    }

    /** A move the table does not allow: nothing changed; the status and event found go with the message key. */
    public static final class MoveRefused extends ConflictingChange {

        private final String status;
        private final String event;

        MoveRefused(String key, String status, String event) {
            super(key);
            this.status = status;
            this.event = event;
        }

        /** The values found, for the message: {@code status} and {@code event}. */
        public Map<String, Object> found() {
            return Map.of("status", status, "event", event);
        }
    }
}
