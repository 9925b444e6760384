-- A lead provider's supply chain for one bid or live contract: the aggregate (links, terms, history) as JSON, with
-- the columns the steward filters on. Rows are locked while changed, so two tabs or two people take turns.
create table supply_chain (
    id              uuid        primary key,
    lead_id         uuid        not null references organisation (id),
    area            text        not null,
    name            text        not null,
    document        jsonb       not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create index supply_chain_lead on supply_chain (lead_id);
create index supply_chain_links on supply_chain using gin ((document -> 'links') jsonb_path_ops);

-- The market steward's limits for supply chains; one row, changed by the steward (audited).
create table stewardship_limits (
    id                        integer     primary key check (id = 1),
    max_risk_transfer_percent numeric     not null,
    max_payment_terms_days    integer     not null,
    min_vcse_share_percent    numeric     not null,
    changed_by                text        not null,
    changed_at                timestamptz not null
);

comment on column supply_chain.document is 'The SupplyChain aggregate: partner links with versioned terms, and history';
comment on table stewardship_limits is 'Limits that flag a chain: risk transfer, payment terms, VCSE share';
