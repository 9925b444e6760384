-- Supply chains become rows (issue 12, persistence rule): the chain, each partner link, each version of a partner's
-- terms and each line of the chain's history, so figures can be summed and filtered in SQL and no status is kept
-- twice. V24 carries the chains stored as JSON documents across; V25 drops the documents.
alter table supply_chain
    add column lead_name         text,
    add column purpose           text check (purpose in ('BID', 'LIVE_CONTRACT')),
    add column contract_value    numeric,
    add column contract_currency text;

create table supply_chain_link (
    chain_id      uuid        not null references supply_chain (id),
    number        integer     not null,
    partner_id    uuid        not null references organisation (id),
    partner_name  text        not null,
    status        text        not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'LEFT')),
    message       text        not null,
    invited_at    timestamptz not null,
    expires_at    timestamptz not null,
    answered_at   timestamptz,
    reason        text,
    terms_version integer     not null default 0,
    primary key (chain_id, number)
);

create index supply_chain_link_partner on supply_chain_link (partner_id);

create table supply_chain_terms (
    chain_id              uuid        not null,
    link_number           integer     not null,
    version               integer     not null,
    effective_from        date        not null,
    specialities          text[]      not null,
    cohorts               text[]      not null,
    areas                 text[]      not null,
    annual_volume         integer     not null,
    annual_value          numeric     not null,
    currency              text        not null,
    payment_terms_days    integer     not null,
    risk_transfer_percent numeric     not null check (risk_transfer_percent between 0 and 100),
    starts_on             date        not null,
    ends_on               date        not null,
    primary key (chain_id, link_number, version),
    foreign key (chain_id, link_number) references supply_chain_link (chain_id, number)
);

create table supply_chain_event (
    chain_id     uuid        not null references supply_chain (id),
    number       integer     not null,
    action       text        not null,
    partner_id   uuid,
    partner_name text,
    actor        text        not null,
    at           timestamptz not null,
    detail       text,
    primary key (chain_id, number)
);

-- A signed agreement keeps the version of the partner's terms it was generated from.
alter table contract_document add column terms_version integer;

comment on column supply_chain.lead_name is 'The lead provider''s name when the chain was started, as shown to partners';
comment on column supply_chain.purpose is 'BID (a bid not yet won) or LIVE_CONTRACT (a contract being delivered)';
comment on column supply_chain.contract_value is 'The whole contract''s value, the base of the chain''s VCSE share';
comment on column supply_chain.contract_currency is 'ISO 4217 code of contract_value';
comment on table supply_chain_link is 'One invitation of a partner to a chain and where it stands; a partner invited again after leaving has a new link';
comment on column supply_chain_link.chain_id is 'The chain the partner was invited to';
comment on column supply_chain_link.number is 'Order of the invitation within the chain, from 0';
comment on column supply_chain_link.partner_id is 'The invited provider, from the register';
comment on column supply_chain_link.partner_name is 'The provider''s legal name when invited';
comment on column supply_chain_link.status is 'INVITED, ACCEPTED, DECLINED or LEFT; an invitation past expires_at reads as expired without being changed';
comment on column supply_chain_link.message is 'The lead''s message with the invitation (may be empty)';
comment on column supply_chain_link.invited_at is 'When the invitation was sent';
comment on column supply_chain_link.expires_at is 'End of the tenth working day after the invitation, UK time';
comment on column supply_chain_link.answered_at is 'When the partner accepted or declined, or left or was removed';
comment on column supply_chain_link.reason is 'Why the partner declined or left (required for both)';
comment on column supply_chain_link.terms_version is 'Number of the latest version of the partner''s terms; 0 before any';
comment on table supply_chain_terms is 'Every version of a partner''s terms, never rewritten: a contract made under an earlier version can find it';
comment on column supply_chain_terms.chain_id is 'The chain';
comment on column supply_chain_terms.link_number is 'The partner''s link in the chain';
comment on column supply_chain_terms.version is 'Version number, from 1 (versions before V24 that were overwritten are gone)';
comment on column supply_chain_terms.effective_from is 'UK day the version took effect (the day it was recorded)';
comment on column supply_chain_terms.specialities is 'Speciality codes of the services the partner delivers';
comment on column supply_chain_terms.cohorts is 'Cohort codes of the people served';
comment on column supply_chain_terms.areas is 'Area codes where the services are delivered';
comment on column supply_chain_terms.annual_volume is 'People a year';
comment on column supply_chain_terms.annual_value is 'What the partner receives a year';
comment on column supply_chain_terms.currency is 'ISO 4217 code of annual_value';
comment on column supply_chain_terms.payment_terms_days is 'Days the lead takes to pay the partner';
comment on column supply_chain_terms.risk_transfer_percent is 'Share of the partner''s income depending on payment-by-results outcomes, 0 to 100';
comment on column supply_chain_terms.starts_on is 'First day of the partner''s services';
comment on column supply_chain_terms.ends_on is 'Last day of the partner''s services';
comment on table supply_chain_event is 'The chain''s history, one line a change, kept as long as the chain';
comment on column supply_chain_event.chain_id is 'The chain';
comment on column supply_chain_event.number is 'Order of the line in the history, from 0';
comment on column supply_chain_event.action is 'What happened: created, invited, accepted, declined, terms-recorded or left';
comment on column supply_chain_event.partner_id is 'The partner it concerned; null for the chain itself';
comment on column supply_chain_event.partner_name is 'The partner''s name at the time';
comment on column supply_chain_event.actor is 'Email of who did it';
comment on column supply_chain_event.at is 'When it happened';
comment on column supply_chain_event.detail is 'The message, reason or terms summary given';
comment on column contract_document.terms_version is 'For a partner agreement, the version of the partner''s terms it was generated from; null for the lead contract and for agreements made before V23';
comment on column supply_chain.id is 'The chain';
comment on column supply_chain.lead_id is 'The lead provider that assembles the chain';
comment on column supply_chain.area is 'Area code of the bid or contract';
comment on column supply_chain.name is 'The lead''s name for the bid or contract';
comment on column supply_chain.created_at is 'When the lead started the chain';
comment on column supply_chain.updated_at is 'When the chain last changed';
