package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.UniqueViolation;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/** Self-service registration of a VCSE provider organisation and its first user. */
@Singleton
public class Registration {

    static final int MAX_NAME = 200;
    private static final int MAX_NUMBER = 20;

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    Registration(
            Organisations organisations, UserAccounts users, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Viewer registerProvider(RegisterProvider command) {
        Validation validation = new Validation();
        String name = validation.text("organisationName", command.organisationName(), MAX_NAME);
        String number = command.registrationNumber() == null
                ? ""
                : command.registrationNumber().trim();
        if (number.length() > MAX_NUMBER) {
            validation.refuse("registrationNumber", "error.registrationNumber.tooLong");
        }
        String fullName = validation.text("fullName", command.fullName(), MAX_NAME);
        EmailAddress email = validation.check(() -> new EmailAddress(command.email()));
        NewPassword password =
                validation.check(() -> NewPassword.confirmed(command.password(), command.confirmPassword()));
        if (!name.isEmpty() && organisations.nameTaken(name)) {
            validation.refuse("organisationName", "error.organisationName.taken");
        }
        if (email != null && users.findByEmail(email.value()).isPresent()) {
            validation.refuse("email", "error.email.taken");
        }
        validation.done();

        Instant now = clock.instant();
        Organisation organisation = UniqueViolation.refusedAs(
                Organisations.NAME_UNIQUE,
                new InvalidInput("organisationName", "error.organisationName.taken"),
                () -> organisations.save(Organisation.create(
                        name, OrganisationKind.VCSE_PROVIDER, null, number.isEmpty() ? null : number, now)));
        String hash = hasher.hash(password.value());
        UserAccount admin = UniqueViolation.refusedAs(
                UserAccounts.EMAIL_UNIQUE,
                new InvalidInput("email", "error.email.taken"),
                () -> users.save(UserAccount.create(
                        organisation.id(),
                        email,
                        fullName,
                        hash,
                        EnumSet.of(Role.ORGANISATION_ADMIN, Role.MEMBER),
                        now)));
        Viewer viewer = Viewer.of(admin, organisation);
        audit.record(
                viewer.asActor(),
                AuditEvent.of(
                        "organisation.registered",
                        "organisation",
                        organisation.id(),
                        organisation.summary() + "; first user " + admin.email()));
        return viewer;
    }
}
