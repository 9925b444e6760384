package uk.gov.justice.marketplace.reference;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The commissioner of every police force area. */
public final class Commissioners {

    private final Map<String, Commissioner> byPoliceForceArea;

    Commissioners(Collection<Commissioner> commissioners) {
        this.byPoliceForceArea = commissioners.stream()
                .collect(Collectors.toUnmodifiableMap(Commissioner::policeForceArea, Function.identity()));
    }

    public Commissioner of(String policeForceArea) {
        return byPoliceForceArea.get(policeForceArea);
    }
}
