package uk.gov.justice.marketplace.contracts;

/** One side of a contract as it is written in it. */
public record Party(String name, String role, String registrationNumber, String address) {

    public Party {
        name = Text.required(name, "name");
        role = Text.required(role, "role");
        registrationNumber = registrationNumber == null ? "" : registrationNumber;
        address = address == null ? "" : address;
    }
}
