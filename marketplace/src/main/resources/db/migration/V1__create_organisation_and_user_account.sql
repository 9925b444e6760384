create table organisation (
    id                  uuid primary key,
    name                text        not null,
    kind                text        not null check (kind in ('VCSE_PROVIDER', 'LEAD_PROVIDER', 'COMMISSIONER', 'MARKET_STEWARD')),
    commissioner_type   text        check (commissioner_type in ('NPS', 'PCC', 'MAYOR_WITH_PCC_FUNCTIONS', 'HEALTH', 'LOCAL_AUTHORITY', 'DWP', 'WELSH_PUBLIC_BODY', 'OTHER')),
    registration_number text,
    created_at          timestamptz not null,
    version             bigint      not null default 0,
    constraint commissioner_type_only_for_commissioners
        check ((kind = 'COMMISSIONER') = (commissioner_type is not null))
);
create unique index organisation_name_unique on organisation (lower(name));

comment on table organisation is 'An organisation that uses the marketplace: provider, lead provider, commissioner or the market steward';
comment on column organisation.kind is 'What the organisation is in the market; decides its dashboard and what its users may do';
comment on column organisation.commissioner_type is 'For commissioners only: NPS, PCC, mayor with PCC functions and so on';
comment on column organisation.registration_number is 'Charity or company number as given by the organisation (not verified)';
comment on column organisation.version is 'Optimistic lock: bumped on every change';

create table user_account (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    email             text        not null,
    full_name         text        not null,
    password_hash     text        not null,
    roles             text[]      not null,
    failed_sign_ins   integer     not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null,
    version           bigint      not null default 0
);
create unique index user_account_email_unique on user_account (lower(email));

comment on table user_account is 'A person who signs in; acts only for its own organisation';
comment on column user_account.email is 'Sign-in name; personal data';
comment on column user_account.full_name is 'Personal data';
comment on column user_account.password_hash is 'Argon2id hash in PHC string format; never the password';
comment on column user_account.roles is 'ORGANISATION_ADMIN, MEMBER, AUTHORISED_SIGNATORY, EVALUATOR, STEWARD';
comment on column user_account.failed_sign_ins is 'Consecutive failed sign-ins since the last success; drives the lockout';
comment on column user_account.locked_until is 'Sign-in refused until this time after too many failures';

create table invitation (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    email            text        not null,
    full_name        text        not null,
    roles            text[]      not null,
    token_hash       text        not null unique,
    invited_by       uuid        not null references user_account (id),
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    accepted_at      timestamptz
);

comment on table invitation is 'An organisation admin asks a person to join the organisation';
comment on column invitation.token_hash is 'SHA-256 of the secret in the invitation link; the secret itself is never stored';
comment on column invitation.accepted_at is 'Set once, when the person creates their account from the link';

create table api_token (
    id            uuid primary key,
    user_id       uuid        not null references user_account (id),
    name          text        not null,
    token_hash    text        not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

comment on table api_token is 'Bearer tokens a user creates for calling the API as themselves';
comment on column api_token.token_hash is 'SHA-256 of the token; the token is shown once and never stored';
