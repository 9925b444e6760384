-- A supply-chain partner's confidential concern about its lead provider. Who raised it is kept here and shown only
-- to the market steward.
create table concern (
    id          uuid        primary key,
    chain_id    uuid        not null references supply_chain (id),
    lead_id     uuid        not null references organisation (id),
    raised_by   uuid        not null references organisation (id),
    status      text        not null check (status in ('RAISED', 'UNDER_REVIEW', 'PUT_TO_LEAD', 'CLOSED')),
    raised_at   timestamptz not null,
    document    jsonb       not null
);

create index concern_raised_by on concern (raised_by);

-- What the steward chooses to put to the lead provider. Deliberately unlinked from the concern: the lead's views
-- read only this table, so no query a lead can reach can name, join or date the partner who raised it.
create table concern_statement (
    id          uuid        primary key,
    lead_id     uuid        not null references organisation (id),
    text        text        not null,
    put_at      timestamptz not null,
    put_by      text        not null
);

create index concern_statement_lead on concern_statement (lead_id, put_at);

comment on column concern.raised_by is 'The partner organisation that raised it; never shown to the lead provider';
comment on table concern_statement is 'Matters the steward puts to a lead provider, with no link to their source';
