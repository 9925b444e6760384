package uk.gov.justice.marketplace.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.justice.marketplace.common.NotFound;

/**
 * Every area of every layer. Containment is worked out from police force areas, so it holds across layers: the
 * Wales region contains Gwent, and so does the Wales contract package area; a region and a contract package area
 * with the same forces contain each other. {@link #related} is the rule searches use: a provider covering an area
 * is found for that area, for any area inside it, and for any area it sits in (a provider covering Wales is found
 * for Gwent; one covering Gwent is found for Wales), but not for a neighbour (Gwent is not found for South Wales).
 */
public final class Areas {

    private final Map<String, Area> byCode = new LinkedHashMap<>();

    Areas(Collection<Area> areas) {
        areas.forEach(a -> byCode.put(a.code(), a));
    }

    public List<Area> all() {
        return List.copyOf(byCode.values());
    }

    public List<Area> inLayer(AreaLayer layer) {
        return byCode.values().stream().filter(a -> a.layer() == layer).toList();
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Area require(String code) {
        return find(code).orElseThrow(() -> new NotFound("area", "No area has the code '" + code + "'"));
    }

    /** The police force areas an area covers, as areas. */
    public List<Area> policeForceAreasIn(String code) {
        Area area = require(code);
        return area.policeForceAreas().stream().sorted().map(byCode::get).toList();
    }

    /** Every other area, of any layer, that contains this one. */
    public List<Area> containing(String code) {
        Area area = require(code);
        return byCode.values().stream()
                .filter(a -> a != area && a.contains(area))
                .toList();
    }

    /** Every other area, of any layer, inside this one. */
    public List<Area> within(String code) {
        Area area = require(code);
        return byCode.values().stream()
                .filter(a -> a != area && area.contains(a))
                .toList();
    }

    public boolean related(String a, String b) {
        Area first = require(a);
        Area second = require(b);
        return first.contains(second) || second.contains(first);
    }
}
