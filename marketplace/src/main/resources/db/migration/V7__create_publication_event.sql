-- A change to what the register publishes (a provider approved, updated or withdrawn), written in the same
-- transaction as the change; the search indexer reads it in order and marks it done (a transactional outbox).
create table publication_event (
    id              bigserial   primary key,
    organisation_id uuid        not null,
    eoi_id          uuid        not null references expression_of_interest (id),
    kind            text        not null check (kind in ('PUBLISHED', 'WITHDRAWN')),
    occurred_at     timestamptz not null,
    indexed_at      timestamptz,
    attempts        integer     not null default 0,
    last_error      text
);

create index publication_event_pending on publication_event (id) where indexed_at is null;

comment on table publication_event is 'Outbox of register changes for the search index, oldest first';
comment on column publication_event.indexed_at is 'When the search index took the change; null while pending';
comment on column publication_event.attempts is 'Failed attempts so far (the search engine was down or refused)';
