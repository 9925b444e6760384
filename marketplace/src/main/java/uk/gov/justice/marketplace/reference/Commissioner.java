package uk.gov.justice.marketplace.reference;

/**
 * Who holds the police and crime commissioner functions for a police force area: a PCC, a mayor, or nobody (the
 * City of London), in which case there is no name.
 */
public record Commissioner(String policeForceArea, Type type, Label name) {

    public enum Type {
        PCC,
        MAYOR,
        NONE
    }

    public Commissioner {
        if ((type == Type.NONE) != (name == null)) {
            throw new IllegalArgumentException("A commissioner has a name unless there is none");
        }
    }
}
