package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.EnumSet;

/**
 * The first market steward account, from the environment (MARKETPLACE_STEWARD_EMAIL and
 * MARKETPLACE_STEWARD_PASSWORD) at start-up: nobody else can create stewards, so the service needs one to begin.
 * Made once: later start-ups leave the account as its owner keeps it (a changed password stays changed), and an
 * email or organisation name that someone else registered first is never taken over.
 */
@Singleton
@Requires(property = "marketplace.steward.email")
@Requires(property = "marketplace.steward.password")
class StewardBootstrap {

    static final String STEWARD_ORGANISATION = "Ministry of Justice market stewardship team";

    private final Provisioning provisioning;
    private final String email;
    private final String password;

    StewardBootstrap(Provisioning provisioning, StewardSettings settings) {
        this.provisioning = provisioning;
        this.email = settings.email();
        this.password = settings.password();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Organisation steward = provisioning.stewardOrganisation(STEWARD_ORGANISATION);
        provisioning.firstUser(
                steward, email, "Market steward", EnumSet.of(Role.STEWARD, Role.ORGANISATION_ADMIN), password);
    }
}
