package uk.gov.justice.marketplace.reference;

import java.util.Set;

/** An area of any layer, with the police force areas it is made of (a police force area is made of itself). */
public record Area(String code, AreaLayer layer, Label name, Set<String> policeForceAreas) {

    public Area {
        policeForceAreas = Set.copyOf(policeForceAreas);
    }

    /** True when every police force area of the other is in this one (an area contains itself). */
    public boolean contains(Area other) {
        return policeForceAreas.containsAll(other.policeForceAreas);
    }
}
