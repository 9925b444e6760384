package uk.gov.justice.marketplace.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads areas, commissioners, specialities and cohorts from their data files and refuses anything that does not
 * hold together, so a bad edit stops the service at start-up with the file and entry named.
 */
final class ReferenceDataLoader {

    static final String AREAS = "reference/areas.yml";
    static final String COMMISSIONERS = "reference/commissioners.yml";
    static final String SPECIALITIES = "reference/specialities.yml";
    static final String COHORTS = "reference/cohorts.yml";

    private ReferenceDataLoader() {}

    static Areas areas(YamlEntries file) {
        List<Area> areas = new ArrayList<>();
        Set<String> forces = new HashSet<>();
        for (Map<String, Object> entry : file.list("policeForceAreas")) {
            String code = file.text(entry, "code");
            forces.add(code);
            areas.add(new Area(code, AreaLayer.POLICE_FORCE_AREA, file.label(entry, "name", "nameCy"), Set.of(code)));
        }
        if (forces.isEmpty()) {
            throw file.fail("lists no police force areas");
        }
        areas.addAll(groups(file, "contractPackageAreas", AreaLayer.CONTRACT_PACKAGE_AREA, forces));
        areas.addAll(groups(file, "probationRegions", AreaLayer.PROBATION_REGION, forces));
        requireUniqueCodes(file, areas);
        return new Areas(areas);
    }

    /** A layer made of police force areas: each force in exactly one group, every member a known force. */
    private static List<Area> groups(YamlEntries file, String key, AreaLayer layer, Set<String> forces) {
        List<Area> groups = new ArrayList<>();
        Map<String, String> placed = new HashMap<>();
        for (Map<String, Object> entry : file.list(key)) {
            String code = file.text(entry, "code");
            List<String> members = file.texts(entry, "policeForceAreas");
            for (String member : members) {
                if (!forces.contains(member)) {
                    throw file.fail(key + " entry " + code + " names an unknown police force area '" + member + "'");
                }
                String earlier = placed.put(member, code);
                if (earlier != null) {
                    throw file.fail("police force area " + member + " is in both " + earlier + " and " + code);
                }
            }
            groups.add(new Area(code, layer, file.label(entry, "name", "nameCy"), Set.copyOf(members)));
        }
        Set<String> missing = new HashSet<>(forces);
        missing.removeAll(placed.keySet());
        if (!missing.isEmpty()) {
            throw file.fail("police force areas in no " + layer.code() + ": "
                    + missing.stream().sorted().toList());
        }
        return groups;
    }

    private static void requireUniqueCodes(YamlEntries file, List<Area> areas) {
        Set<String> seen = new HashSet<>();
        for (Area area : areas) {
            if (!seen.add(area.code())) {
                throw file.fail("the code '" + area.code() + "' is used twice");
            }
        }
    }

    static Commissioners commissioners(YamlEntries file, Areas areas) {
        List<Commissioner> commissioners = new ArrayList<>();
        for (Map<String, Object> entry : file.list("commissioners")) {
            String force = file.text(entry, "policeForceArea");
            if (areas.find(force)
                    .filter(a -> a.layer() == AreaLayer.POLICE_FORCE_AREA)
                    .isEmpty()) {
                throw file.fail("names an unknown police force area '" + force + "'");
            }
            Commissioner.Type type = Commissioner.Type.valueOf(file.text(entry, "type"));
            Label name = type == Commissioner.Type.NONE ? null : file.label(entry, "name", "nameCy");
            commissioners.add(new Commissioner(force, type, name));
        }
        Set<String> covered = new HashSet<>(
                commissioners.stream().map(Commissioner::policeForceArea).toList());
        List<String> without = areas.inLayer(AreaLayer.POLICE_FORCE_AREA).stream()
                .map(Area::code)
                .filter(code -> !covered.contains(code))
                .toList();
        if (!without.isEmpty() || covered.size() != commissioners.size()) {
            throw file.fail("every police force area needs exactly one entry; missing or repeated: " + without);
        }
        return new Commissioners(commissioners);
    }

    static List<Term> terms(YamlEntries file, String key) {
        List<Term> terms = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Map<String, Object> entry : file.list(key)) {
            Term term = new Term(file.text(entry, "code"), file.label(entry, "en", "cy"));
            if (!codes.add(term.code())) {
                throw file.fail("the code '" + term.code() + "' is used twice");
            }
            terms.add(term);
        }
        if (terms.isEmpty()) {
            throw file.fail("lists no " + key);
        }
        return terms;
    }
}
