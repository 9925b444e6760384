package uk.gov.justice.marketplace.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The identity feature's tables; nothing outside the feature uses them (its services are the way in). */
final class Repositories {
    private Repositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Organisations extends CrudRepository<Organisation, UUID> {
        /** Names are unique ignoring case (V1). */
        String NAME_UNIQUE = "organisation_name_unique";

        @Query("select exists(select 1 from organisation where lower(name) = lower(:name))")
        boolean nameTaken(String name);

        List<Organisation> findAllOrderByName();

        List<Organisation> findByKind(OrganisationKind kind);

        List<Organisation> findByIdIn(Collection<UUID> ids);

        /** Held while an organisation's members change, so two admins cannot each remove the other. */
        @Query("select * from organisation where id = :id for update")
        Optional<Organisation> findByIdForUpdate(UUID id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface UserAccounts extends CrudRepository<UserAccount, UUID> {
        /** One account per email address, ignoring case (V1). */
        String EMAIL_UNIQUE = "user_account_email_unique";

        @Query("select * from user_account where lower(email) = lower(:email)")
        Optional<UserAccount> findByEmail(String email);

        @Query("select * from user_account where lower(email) = lower(:email) for update")
        Optional<UserAccount> findByEmailForUpdate(String email);

        List<UserAccount> findByOrganisationIdOrderByFullName(UUID organisationId);

        @Query("select * from user_account where id = :id for update")
        Optional<UserAccount> findByIdForUpdate(UUID id);
    }

    /** Failures per source, and (in sign_in_source) where each user has signed in before. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SignInThrottles extends CrudRepository<SignInThrottle, String> {
        @Query("select exists(select 1 from sign_in_source where user_id = :userId and source = :source)")
        boolean familiar(UUID userId, String source);

        @Query("insert into sign_in_source (user_id, source, last_signed_in_at) values (:userId, :source, :at) "
                + "on conflict (user_id, source) do update set last_signed_in_at = excluded.last_signed_in_at")
        void signedIn(UUID userId, String source, Instant at);

        /** Makes sure the source has a row to lock; a new source starts with no failures. */
        @Query("insert into sign_in_throttle (source, failures, window_started_at) values (:source, 0, :now) "
                + "on conflict (source) do nothing")
        void open(String source, Instant now);

        @Query("select * from sign_in_throttle where source = :source for update")
        Optional<SignInThrottle> findByIdForUpdate(String source);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PasswordResets extends CrudRepository<PasswordReset, UUID> {
        @Query("select * from password_reset where token_hash = :tokenHash for update")
        Optional<PasswordReset> findByTokenHashForUpdate(String tokenHash);

        Optional<PasswordReset> findByTokenHash(String tokenHash);

        @Query("select count(*) from password_reset where user_id = :userId and created_at > :since")
        long countRequestedSince(UUID userId, Instant since);

        /** Choosing a new password through one link closes every other open link of that user. */
        @Query("update password_reset set used_at = :at where user_id = :userId and used_at is null")
        void closeAll(UUID userId, Instant at);
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

        @Query("update api_token set revoked_at = :at where user_id = :userId and revoked_at is null")
        void revokeAllOf(UUID userId, Instant at);
    }
}
