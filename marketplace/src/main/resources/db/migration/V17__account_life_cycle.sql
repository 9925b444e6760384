-- Accounts have a life cycle: deactivation, sessions that end, password resets, expiring tokens and a lockout
-- that throttles by source as well as by account.

alter table user_account add column deactivated_at timestamptz;
alter table user_account add column sign_in_generation bigint not null default 0;

comment on column user_account.deactivated_at is 'When an organisation admin deactivated the user; from then on nobody signs in as them and their tokens stop working';
comment on column user_account.sign_in_generation is 'Bumped when a password is changed or reset or the user is deactivated; a portal session made under an older value is signed out';
comment on column user_account.failed_sign_ins is 'Consecutive failed sign-ins from sources this user has never signed in from, since the last success; drives the account lockout';
comment on column user_account.locked_until is 'Sign-in from unfamiliar sources refused until this time; sources the user signed in from before are not affected';

create table sign_in_source (
    user_id           uuid        not null references user_account (id),
    source            text        not null,
    last_signed_in_at timestamptz not null,
    primary key (user_id, source)
);

comment on table sign_in_source is 'Where each user has signed in successfully from: an account lockout does not shut them out there';
comment on column sign_in_source.user_id is 'The user who signed in';
comment on column sign_in_source.source is 'Client address (IPv4, or the /64 prefix of an IPv6 address); personal data';
comment on column sign_in_source.last_signed_in_at is 'The latest successful sign-in from this source';

create table sign_in_throttle (
    source            text        primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz
);

comment on table sign_in_throttle is 'Failed sign-ins per source (whatever the account): too many in a window and that source is refused for a while';
comment on column sign_in_throttle.source is 'Client address (IPv4, or the /64 prefix of an IPv6 address); personal data';
comment on column sign_in_throttle.failures is 'Failed sign-ins from this source since window_started_at';
comment on column sign_in_throttle.window_started_at is 'Start of the counting window; a failure after the window ends starts a new one';
comment on column sign_in_throttle.locked_until is 'Every sign-in from this source refused until this time';

create table password_reset (
    id           uuid        primary key,
    user_id      uuid        not null references user_account (id),
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index password_reset_by_user on password_reset (user_id, created_at);

comment on table password_reset is 'A link sent by email to someone who forgot their password; works once, until it expires';
comment on column password_reset.id is 'Identifies the reset in the audit trail';
comment on column password_reset.user_id is 'Whose password the link resets';
comment on column password_reset.token_hash is 'SHA-256 of the secret in the link; the secret itself is never stored';
comment on column password_reset.created_at is 'When it was asked for';
comment on column password_reset.expires_at is 'The link stops working at this time';
comment on column password_reset.used_at is 'Set once, when a new password was chosen through the link (or a later link was used)';

alter table api_token add column expires_at timestamptz;
update api_token set expires_at = created_at + interval '90 days';
alter table api_token alter column expires_at set not null;

comment on column api_token.expires_at is 'The token stops working at this time (90 days after creation unless configured otherwise)';
