create table email_outbox (
    id          uuid primary key,
    recipient   text        not null,
    subject     text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);
create index email_outbox_unsent on email_outbox (created_at) where sent_at is null;

comment on table email_outbox is 'Emails written in the same transaction as the decision that sends them, delivered by a worker with retries';
comment on column email_outbox.recipient is 'Email address; personal data';
comment on column email_outbox.body is 'Plain-text body, English then Welsh; may hold a one-use link until sent';
comment on column email_outbox.sent_at is 'When the mail server accepted it; null while waiting or retrying';
comment on column email_outbox.attempts is 'Delivery attempts so far';
comment on column email_outbox.last_error is 'Why the last attempt failed, for operators';
