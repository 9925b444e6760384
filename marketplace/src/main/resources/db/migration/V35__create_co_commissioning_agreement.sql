-- A co-commissioning agreement (issue 13) as rows (ADR 0007): the agreement, each of its versions (a variation is
-- a new version, never an edit), what each version says (totals, funders, contributions, priorities) and who
-- signed it. A version's rows are written once, when it is proposed; only its status and the day it took effect
-- move afterwards.
create table co_commissioning_agreement (
    id         uuid        primary key,
    name       text        not null,
    created_by text        not null,
    created_at timestamptz not null
);

create table co_commissioning_version (
    agreement_id  uuid        not null references co_commissioning_agreement (id),
    number        integer     not null check (number >= 1),
    host_id       uuid        not null,
    funding       text        not null check (funding in ('POOLED', 'ALIGNED')),
    risk_rule     text        not null check (risk_rule in ('PRO_RATA', 'HOST_ABSORBS', 'AGREED_SPLIT')),
    quorum        integer     not null check (quorum >= 1),
    service_ids   uuid[]      not null,
    area_codes    text[]      not null,
    status        text        not null check (status in ('PROPOSED', 'IN_FORCE', 'SUPERSEDED')),
    proposed_by   text        not null,
    proposed_at   timestamptz not null,
    reason        text,
    took_effect_on date,
    primary key (agreement_id, number),
    constraint co_commissioning_version_dated check ((status in ('IN_FORCE', 'SUPERSEDED')) = (took_effect_on is not null))
);

create table co_commissioning_year (
    agreement_id   uuid          not null,
    version        integer       not null,
    financial_year integer       not null,
    total          numeric(14,2) not null check (total > 0),
    primary key (agreement_id, version, financial_year),
    foreign key (agreement_id, version) references co_commissioning_version (agreement_id, number)
);

create table co_commissioning_funder (
    agreement_id uuid         not null,
    version      integer      not null,
    funder_id    uuid         not null,
    position     integer      not null,
    plan_name    text,
    risk_split   numeric(5,2) check (risk_split between 0 and 100),
    primary key (agreement_id, version, funder_id),
    foreign key (agreement_id, version) references co_commissioning_version (agreement_id, number)
);

create table co_commissioning_contribution (
    agreement_id   uuid          not null,
    version        integer       not null,
    funder_id      uuid          not null,
    financial_year integer       not null,
    amount         numeric(14,2) check (amount >= 0),
    share          numeric(5,2)  check (share between 0 and 100),
    primary key (agreement_id, version, funder_id, financial_year),
    foreign key (agreement_id, version, funder_id) references co_commissioning_funder (agreement_id, version, funder_id),
    constraint co_commissioning_contribution_one_way check ((amount is null) <> (share is null))
);

create table co_commissioning_priority (
    agreement_id uuid    not null,
    version      integer not null,
    position     integer not null check (position >= 0),
    funder_id    uuid    not null,
    text_en      text    not null,
    text_cy      text    not null,
    primary key (agreement_id, version, position),
    foreign key (agreement_id, version, funder_id) references co_commissioning_funder (agreement_id, version, funder_id)
);

create table co_commissioning_signature (
    agreement_id uuid        not null,
    version      integer     not null,
    funder_id    uuid        not null,
    signed_by    text        not null,
    signed_at    timestamptz not null,
    primary key (agreement_id, version, funder_id),
    foreign key (agreement_id, version, funder_id) references co_commissioning_funder (agreement_id, version, funder_id)
);

create table co_commissioning_budget (
    agreement_id   uuid    not null references co_commissioning_agreement (id),
    holder_id      uuid    not null,
    financial_year integer not null,
    budget_id      uuid    not null unique,
    primary key (agreement_id, holder_id, financial_year)
);

create index co_commissioning_funder_by_organisation on co_commissioning_funder (funder_id);

comment on table co_commissioning_agreement is 'A service commissioned by several funders together; what it says is in its versions';
comment on column co_commissioning_agreement.id is 'The agreement';
comment on column co_commissioning_agreement.name is 'The agreement''s name as its funders call it';
comment on column co_commissioning_agreement.created_by is 'The email of the person who drafted the first version';
comment on column co_commissioning_agreement.created_at is 'When the first version was drafted';
comment on table co_commissioning_version is 'One version of an agreement: the first, or a variation; takes effect only when its quorum of funders has signed';
comment on column co_commissioning_version.agreement_id is 'The agreement this is a version of';
comment on column co_commissioning_version.number is 'The version''s number within the agreement, from 1';
comment on column co_commissioning_version.host_id is 'The host (lead) commissioner organisation; it holds the pooled budget';
comment on column co_commissioning_version.funding is 'POOLED (one budget a financial year, held by the host) or ALIGNED (each funder''s own budget, shared reporting)';
comment on column co_commissioning_version.risk_rule is 'How overspend and underspend are shared: PRO_RATA (to contributions), HOST_ABSORBS or AGREED_SPLIT (co_commissioning_funder.risk_split)';
comment on column co_commissioning_version.quorum is 'How many funders must sign for the version to take effect (all funders unless the agreement says fewer)';
comment on column co_commissioning_version.service_ids is 'The rate-card services the agreement buys';
comment on column co_commissioning_version.area_codes is 'The areas it serves, codes from the reference data (any layer)';
comment on column co_commissioning_version.status is 'PROPOSED (awaiting signatures), IN_FORCE, SUPERSEDED (a later version took effect); moves: VersionStatus.MOVES';
comment on column co_commissioning_version.proposed_by is 'The email of the person who proposed the version';
comment on column co_commissioning_version.proposed_at is 'When it was proposed';
comment on column co_commissioning_version.reason is 'Why the variation was proposed, as its proposer wrote it; none for the first version';
comment on column co_commissioning_version.took_effect_on is 'The UK day the quorum was reached; spend on or after it follows this version until a later one takes effect';
comment on table co_commissioning_year is 'The total an agreement version commits for one financial year';
comment on column co_commissioning_year.agreement_id is 'The agreement';
comment on column co_commissioning_year.version is 'The version of it';
comment on column co_commissioning_year.financial_year is 'The financial year, by the calendar year it starts in (2026 is 2026-27)';
comment on column co_commissioning_year.total is 'The total in pounds the funders'' contributions add up to that year';
comment on table co_commissioning_funder is 'A commissioner organisation funding a version of an agreement';
comment on column co_commissioning_funder.agreement_id is 'The agreement';
comment on column co_commissioning_funder.version is 'The version it funds';
comment on column co_commissioning_funder.funder_id is 'The funding commissioner organisation';
comment on column co_commissioning_funder.position is 'The order the funders are listed in, from 0';
comment on column co_commissioning_funder.plan_name is 'The funder''s plan its priorities come from (a Police and Crime Plan, say), if named';
comment on column co_commissioning_funder.risk_split is 'Under AGREED_SPLIT, the percentage of overspend and underspend this funder takes; otherwise none';
comment on table co_commissioning_contribution is 'What a funder commits to a version for one financial year: an amount, or a share of the year''s total';
comment on column co_commissioning_contribution.agreement_id is 'The agreement';
comment on column co_commissioning_contribution.version is 'The version';
comment on column co_commissioning_contribution.funder_id is 'The funder committing it';
comment on column co_commissioning_contribution.financial_year is 'The financial year, by the calendar year it starts in';
comment on column co_commissioning_contribution.amount is 'The amount in pounds, when committed as an amount';
comment on column co_commissioning_contribution.share is 'The percentage of the year''s total, when committed as a share';
comment on table co_commissioning_priority is 'A local priority a version serves (a Police and Crime Plan objective, a region''s reducing-reoffending priority), in both languages';
comment on column co_commissioning_priority.agreement_id is 'The agreement';
comment on column co_commissioning_priority.version is 'The version';
comment on column co_commissioning_priority.position is 'The order the priorities are listed in, from 0';
comment on column co_commissioning_priority.funder_id is 'The funder whose plan holds the priority';
comment on column co_commissioning_priority.text_en is 'The priority in English';
comment on column co_commissioning_priority.text_cy is 'The priority in Welsh';
comment on table co_commissioning_signature is 'A funder''s sign-off of a version, by someone who may sign for that funder; never rewritten';
comment on column co_commissioning_signature.agreement_id is 'The agreement';
comment on column co_commissioning_signature.version is 'The version signed';
comment on column co_commissioning_signature.funder_id is 'The funder signed for: always the signer''s own organisation';
comment on column co_commissioning_signature.signed_by is 'The email of the authorised signatory or organisation admin who signed';
comment on column co_commissioning_signature.signed_at is 'When it was signed';
comment on table co_commissioning_budget is 'The budgets opened for an agreement through order.PoolBudgets: one a financial year held by the host (pooled) or by each funder (aligned)';
comment on column co_commissioning_budget.agreement_id is 'The agreement';
comment on column co_commissioning_budget.holder_id is 'The organisation holding the budget';
comment on column co_commissioning_budget.financial_year is 'The financial year, by the calendar year it starts in';
comment on column co_commissioning_budget.budget_id is 'The budget the orders module answered';
