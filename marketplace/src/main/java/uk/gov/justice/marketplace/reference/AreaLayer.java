package uk.gov.justice.marketplace.reference;

import java.util.Arrays;
import java.util.Optional;

/** The three overlapping geographies, all built from police force areas. */
public enum AreaLayer {
    POLICE_FORCE_AREA("police-force-area"),
    CONTRACT_PACKAGE_AREA("contract-package-area"),
    PROBATION_REGION("probation-region");

    private final String code;

    AreaLayer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AreaLayer> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
