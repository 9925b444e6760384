package uk.gov.justice.marketplace.search;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The areas a search can name, each as the police force areas it is made of. Two areas are related when one
 * contains the other: a search for Gwent finds a provider covering Wales, and one for Wales finds Gwent. (Regions and
 * contract package areas overlap without nesting in places, so this is containment, not mere overlap.)
 */
public final class AreaGeography {

    private final Map<String, Set<String>> policeForcesByArea;

    public AreaGeography(Map<String, Set<String>> policeForcesByArea) {
        this.policeForcesByArea = policeForcesByArea.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    public boolean knows(String area) {
        return policeForcesByArea.containsKey(area);
    }

    /** The area itself, every area inside it and every area it sits in. */
    public Set<String> related(String area) {
        Set<String> forces = policeForcesByArea.get(area);
        if (forces == null) {
            throw new InvalidSearch("area", "Unknown area: " + area);
        }
        return policeForcesByArea.entrySet().stream()
                .filter(e -> e.getValue().containsAll(forces) || forces.containsAll(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> all() {
        return policeForcesByArea.keySet();
    }
}
