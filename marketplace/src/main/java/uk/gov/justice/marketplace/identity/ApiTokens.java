package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/** Bearer tokens for the API: made and revoked by their owner, checked on every API call. */
@Singleton
public class ApiTokens {

    private static final String TOKEN_PREFIX = "mrs_";
    private static final int MAX_NAME = 100;
    /** Recording every use would turn each read into a write; once a minute is enough to spot stale tokens. */
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private final Repositories.ApiTokens tokens;
    private final UserAccounts users;
    private final Organisations organisations;
    private final ApiTokenSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(
            Repositories.ApiTokens tokens,
            UserAccounts users,
            Organisations organisations,
            ApiTokenSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.tokens = tokens;
        this.settings = settings;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NewApiToken create(Viewer owner, String name) {
        Validation validation = new Validation();
        String label = validation.text("name", name, MAX_NAME);
        validation.done();
        SecretToken secret = SecretToken.generate(TOKEN_PREFIX);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                UUID.randomUUID(),
                owner.userId(),
                label,
                secret.hash(),
                now,
                null,
                null,
                now.plus(settings.validFor())));
        audit.record(
                owner.asActor(),
                AuditEvent.of("api-token.created", "api-token", token.id(), label + ", expires " + token.expiresAt()));
        return new NewApiToken(token.id(), label, secret.value(), token.expiresAt());
    }

    /** Whether the token still works, for its owner's list. */
    public enum Status {
        ACTIVE,
        REVOKED,
        EXPIRED
    }

    public record Listed(ApiToken token, Status status) {}

    @ReadOnly
    public List<Listed> listFor(Viewer owner) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.userId()).stream()
                .map(t -> new Listed(
                        t, t.isRevoked() ? Status.REVOKED : t.isActiveAt(now) ? Status.ACTIVE : Status.EXPIRED))
                .toList();
    }

    @Transactional
    public void revoke(Viewer owner, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId().equals(owner.userId()))
                .orElseThrow(() -> new NotFound("token", "error.apiToken.unknown"));
        if (!token.isRevoked()) {
            tokens.update(token.revokedAt(clock.instant()));
            audit.record(owner.asActor(), AuditEvent.of("api-token.revoked", "api-token", token.id(), token.name()));
        }
    }

    /** The viewer a presented token stands for, if it is an unexpired, unrevoked token of an active user. */
    @Transactional
    public Optional<Viewer> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecretToken.hashOf(presented))
                .filter(token -> token.isActiveAt(now))
                .flatMap(token -> users.findById(token.userId())
                        .filter(UserAccount::isActive)
                        .map(user -> {
                            recordUse(token, now);
                            return Viewer.of(
                                    user,
                                    organisations
                                            .findById(user.organisationId())
                                            .orElseThrow());
                        }));
    }

    private void recordUse(ApiToken token, Instant now) {
        if (token.lastUsedAt() == null
                || token.lastUsedAt().plus(USE_RECORDING_INTERVAL).isBefore(now)) {
            tokens.update(token.usedAt(now));
        }
    }
}
