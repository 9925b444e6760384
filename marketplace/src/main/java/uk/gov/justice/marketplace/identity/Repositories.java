package uk.gov.justice.marketplace.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The identity feature's tables; nothing outside the feature uses them (its services are the way in). */
final class Repositories {
    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Organisations extends CrudRepository<Organisation, UUID> {
        @Query("select exists(select 1 from organisation where lower(name) = lower(:name))")
        boolean nameTaken(String name);

        List<Organisation> findAllOrderByName();

        List<Organisation> findByKind(OrganisationKind kind);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface UserAccounts extends CrudRepository<UserAccount, UUID> {
        @Query("select * from user_account where lower(email) = lower(:email)")
        Optional<UserAccount> findByEmail(String email);

        @Query("select * from user_account where lower(email) = lower(:email) for update")
        Optional<UserAccount> findByEmailForUpdate(String email);

        List<UserAccount> findByOrganisationIdOrderByFullName(UUID organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Invitations extends CrudRepository<Invitation, UUID> {
        @Query("select * from invitation where token_hash = :tokenHash for update")
        Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

        Optional<Invitation> findByTokenHash(String tokenHash);

        List<Invitation> findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAt(UUID organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ApiTokens extends CrudRepository<ApiToken, UUID> {
        Optional<ApiToken> findByTokenHash(String tokenHash);

        List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
    }
}
