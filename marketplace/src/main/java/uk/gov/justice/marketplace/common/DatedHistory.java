package uk.gov.justice.marketplace.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every version of a value, oldest first, each with the day it took effect. A change adds a version and never
 * rewrites one, so whatever was agreed under an earlier version can still find it. Two versions on the same day:
 * the later one is in force.
 */
public record DatedHistory<T>(List<Dated<T>> versions) {

    public DatedHistory {
        versions = List.copyOf(versions);
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().isBefore(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("Versions are kept in the order they took effect");
            }
        }
    }

    public static <T> DatedHistory<T> empty() {
        return new DatedHistory<>(List.of());
    }

    /**
     * The history with one more version. Refused if it would take effect before {@code notBefore} (today, say) or
     * before the latest version, since that would change what was in force on days already passed.
     */
    public DatedHistory<T> with(T value, LocalDate effectiveFrom, LocalDate notBefore) {
        if (effectiveFrom.isBefore(notBefore)
                || latest().filter(l -> effectiveFrom.isBefore(l.effectiveFrom()))
                        .isPresent()) {
            throw new ConflictingChange("error.dated.backdated");
        }
        List<Dated<T>> next = new ArrayList<>(versions);
        next.add(new Dated<>(value, effectiveFrom));
        return new DatedHistory<>(next);
    }

    /** The version in force on that day, if any had taken effect by then. */
    public Optional<Dated<T>> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).reduce((earlier, later) -> later);
    }

    public Optional<Dated<T>> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Versions are numbered from 1 in the order they were added. */
    public Dated<T> version(int number) {
        return versions.get(number - 1);
    }

    public int size() {
        return versions.size();
    }
}
