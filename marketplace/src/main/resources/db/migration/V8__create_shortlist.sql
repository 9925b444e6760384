-- A lead provider's (or commissioner's) named list of providers found in search, for a bid or a commission.
create table shortlist (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    name            text        not null,
    created_by      text        not null,
    created_at      timestamptz not null,
    unique (organisation_id, name)
);

create table shortlist_entry (
    shortlist_id    uuid        not null references shortlist (id) on delete cascade,
    provider_id     uuid        not null references organisation (id),
    added_by        text        not null,
    added_at        timestamptz not null,
    primary key (shortlist_id, provider_id)
);

comment on table shortlist is 'Named lists of register providers an organisation is considering; shared by its users';
comment on column shortlist_entry.provider_id is 'The provider organisation (a register entry) on the list';
