package uk.gov.justice.marketplace.support;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.UUID;
import uk.gov.justice.marketplace.identity.ApiTokens;
import uk.gov.justice.marketplace.identity.CommissionerType;
import uk.gov.justice.marketplace.identity.Organisation;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Provisioning;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;

/** Writes real organisations and users through the service, for tests that need people to exist already. */
@Singleton
public class Accounts {

    public static final String PASSWORD = "a long enough passphrase";

    private final Provisioning provisioning;
    private final ApiTokens tokens;

    Accounts(Provisioning provisioning, ApiTokens tokens) {
        this.provisioning = provisioning;
        this.tokens = tokens;
    }

    /** The user as the service knows them once signed in. */
    public Viewer viewer(String email) {
        return provisioning.viewerOf(email);
    }

    /** A bearer token the user made for themselves. */
    public String tokenFor(String email) {
        return tokens.create(viewer(email), "test").token();
    }

    public String steward() {
        return user(
                "Ministry of Justice market stewardship team",
                OrganisationKind.MARKET_STEWARD,
                null,
                EnumSet.of(Role.STEWARD, Role.ORGANISATION_ADMIN));
    }

    public String providerAdmin(String organisation) {
        return user(
                organisation, OrganisationKind.VCSE_PROVIDER, null, EnumSet.of(Role.ORGANISATION_ADMIN, Role.MEMBER));
    }

    public String providerMember(String organisation) {
        return user(organisation, OrganisationKind.VCSE_PROVIDER, null, EnumSet.of(Role.MEMBER));
    }

    public String leadProvider(String organisation) {
        return user(
                organisation, OrganisationKind.LEAD_PROVIDER, null, EnumSet.of(Role.ORGANISATION_ADMIN, Role.MEMBER));
    }

    /** Someone who may sign contracts for this lead provider or VCSE provider (made if it does not exist yet). */
    public String signatory(String organisation, OrganisationKind kind) {
        return user(organisation, kind, null, EnumSet.of(Role.AUTHORISED_SIGNATORY, Role.MEMBER));
    }

    public String commissioner(String organisation) {
        return inCommissioner(organisation, EnumSet.of(Role.ORGANISATION_ADMIN, Role.MEMBER));
    }

    /** Someone in this commissioner who may give an order its second approval (made if it does not exist yet). */
    public String approver(String organisation) {
        return inCommissioner(organisation, EnumSet.of(Role.APPROVER, Role.MEMBER));
    }

    /** A commissioner's colleague with no role beyond membership. */
    public String commissionerMember(String organisation) {
        return inCommissioner(organisation, EnumSet.of(Role.MEMBER));
    }

    private String inCommissioner(String organisation, EnumSet<Role> roles) {
        return user(organisation, OrganisationKind.COMMISSIONER, CommissionerType.PCC, roles);
    }

    private String user(String organisationName, OrganisationKind kind, CommissionerType type, EnumSet<Role> roles) {
        Organisation organisation = provisioning.organisation(organisationName, kind, type);
        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        provisioning.user(organisation, email, "Test User", roles, PASSWORD);
        return email;
    }
}
