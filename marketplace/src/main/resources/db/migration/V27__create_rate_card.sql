-- The rate card (issue 13): the services a provider on the register makes available to commissioners, each at a
-- published unit price. Prices are dated versions (an order keeps the price in force when it was placed), capacity
-- is declared per area and counted per period, and every change is put in an outbox for the search index.

create table rate_card_service (
    id                   uuid        primary key,
    provider_id          uuid        not null references organisation (id),
    provider_name        text        not null,
    status               text        not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    speciality           text        not null,
    unit                 text        not null check (unit in ('SESSION', 'HOUR', 'REFERRAL', 'WEEK', 'PLACE', 'PROGRAMME')),
    title_en             text        not null,
    title_cy             text        not null,
    description_en       text        not null,
    description_cy       text        not null,
    minimum_order        integer     not null check (minimum_order >= 1),
    capacity_period      text        not null check (capacity_period in ('MONTH', 'QUARTER')),
    lead_time_days       integer     not null check (lead_time_days >= 0),
    welsh_delivery       boolean     not null,
    above_guide_reason_en text,
    above_guide_reason_cy text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    published_at         timestamptz,
    version              integer     not null default 0
);

create index rate_card_service_provider on rate_card_service (provider_id);

comment on table rate_card_service is 'A service on the rate card: what a provider offers commissioners, and on what terms';
comment on column rate_card_service.id is 'The service';
comment on column rate_card_service.provider_id is 'The provider organisation that delivers it (VCSE or lead, on the register)';
comment on column rate_card_service.provider_name is 'The provider''s name when the service was last changed, for listings';
comment on column rate_card_service.status is 'DRAFT (only the provider sees it), PUBLISHED (orderable, public) or WITHDRAWN (no new orders)';
comment on column rate_card_service.speciality is 'The speciality code (reference data) the service belongs to';
comment on column rate_card_service.unit is 'What one unit is: the thing the unit price buys';
comment on column rate_card_service.title_en is 'The service''s name in English';
comment on column rate_card_service.title_cy is 'The service''s name in Welsh';
comment on column rate_card_service.description_en is 'What the service does, in English';
comment on column rate_card_service.description_cy is 'What the service does, in Welsh';
comment on column rate_card_service.minimum_order is 'The fewest units one order may buy';
comment on column rate_card_service.capacity_period is 'Whether capacity is counted per calendar month or per financial-year quarter';
comment on column rate_card_service.lead_time_days is 'Working days between an order being accepted and delivery starting';
comment on column rate_card_service.welsh_delivery is 'Whether the service is delivered in Welsh';
comment on column rate_card_service.above_guide_reason_en is 'The provider''s reason, in English, for a price above the steward''s guide price; null if none given';
comment on column rate_card_service.above_guide_reason_cy is 'The same reason in Welsh';
comment on column rate_card_service.created_at is 'When the provider started the service';
comment on column rate_card_service.updated_at is 'When the service last changed';
comment on column rate_card_service.published_at is 'When it was first published; null while a draft';
comment on column rate_card_service.version is 'Optimistic lock: bumped on every change';

create table rate_card_service_cohort (
    service_id uuid not null references rate_card_service (id),
    cohort     text not null,
    primary key (service_id, cohort)
);

comment on table rate_card_service_cohort is 'Who a rate-card service is for';
comment on column rate_card_service_cohort.service_id is 'The service';
comment on column rate_card_service_cohort.cohort is 'A cohort code (reference data)';

create table rate_card_service_area (
    service_id uuid    not null references rate_card_service (id),
    area_code  text    not null,
    capacity   integer not null check (capacity >= 0),
    primary key (service_id, area_code)
);

comment on table rate_card_service_area is 'Where a service is delivered (an area of any layer) and how many units it can take there each period';
comment on column rate_card_service_area.service_id is 'The service';
comment on column rate_card_service_area.area_code is 'An area code (police force area, probation region, contract package area or PCC area); it covers every area within it';
comment on column rate_card_service_area.capacity is 'Units the provider can deliver in this area in each period (month or quarter, per the service)';

create table rate_card_service_evidence (
    service_id   uuid not null references rate_card_service (id),
    evidence_id  uuid not null,
    primary key (service_id, evidence_id)
);

comment on table rate_card_service_evidence is 'Outcome evidence from the provider''s approved EoI that the service points to';
comment on column rate_card_service_evidence.service_id is 'The service';
comment on column rate_card_service_evidence.evidence_id is 'An evidence file of the provider''s approved Expression of Interest';

create table rate_card_price (
    service_id     uuid        not null references rate_card_service (id),
    version        integer     not null,
    amount         numeric     not null check (amount > 0),
    currency       text        not null,
    vat            text        not null check (vat in ('EXEMPT', 'ZERO_RATED', 'STANDARD')),
    effective_from date        not null,
    set_at         timestamptz not null,
    set_by         uuid        not null references user_account (id),
    primary key (service_id, version),
    unique (service_id, effective_from)
);

comment on table rate_card_price is 'Every unit price a service has had or will have; public history, never changed once written';
comment on column rate_card_price.service_id is 'The service';
comment on column rate_card_price.version is 'The price''s number, 1 for the first; later versions never take effect before earlier ones';
comment on column rate_card_price.amount is 'The unit price, excluding VAT';
comment on column rate_card_price.currency is 'ISO 4217 code of the amount';
comment on column rate_card_price.vat is 'How VAT applies: exempt, zero-rated or standard-rated';
comment on column rate_card_price.effective_from is 'The first day this price applies to new orders';
comment on column rate_card_price.set_at is 'When the provider set the price';
comment on column rate_card_price.set_by is 'The provider''s user who set it';

create table rate_card_capacity (
    service_id   uuid    not null references rate_card_service (id),
    area_code    text    not null,
    period_start date    not null,
    reserved     integer not null check (reserved >= 0),
    primary key (service_id, area_code, period_start),
    foreign key (service_id, area_code) references rate_card_service_area (service_id, area_code)
);

comment on table rate_card_capacity is 'Units reserved by accepted orders in one period of one served area; the row is locked to reserve';
comment on column rate_card_capacity.service_id is 'The service';
comment on column rate_card_capacity.area_code is 'The served area (a rate_card_service_area) the units count against';
comment on column rate_card_capacity.period_start is 'The first day of the month or quarter';
comment on column rate_card_capacity.reserved is 'Units taken in that period; never more than the area''s capacity';

create table rate_card_guide_price (
    speciality     text        not null,
    unit           text        not null,
    version        integer     not null,
    amount         numeric     not null check (amount > 0),
    currency       text        not null,
    set_at         timestamptz not null,
    set_by         uuid        not null references user_account (id),
    reason         text        not null,
    primary key (speciality, unit, version)
);

comment on table rate_card_guide_price is 'The steward''s guide price per speciality and unit, every version kept; the latest applies';
comment on column rate_card_guide_price.speciality is 'The speciality code';
comment on column rate_card_guide_price.unit is 'The unit the guide price is for';
comment on column rate_card_guide_price.version is 'The guide price''s number for this speciality and unit, 1 for the first';
comment on column rate_card_guide_price.amount is 'The guide unit price, excluding VAT';
comment on column rate_card_guide_price.currency is 'ISO 4217 code of the amount';
comment on column rate_card_guide_price.set_at is 'When the steward set it';
comment on column rate_card_guide_price.set_by is 'The steward who set it';
comment on column rate_card_guide_price.reason is 'Why the steward set or changed it';

create table rate_card_change (
    id          bigserial   primary key,
    service_id  uuid        not null references rate_card_service (id),
    occurred_at timestamptz not null,
    indexed_at  timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);

create index rate_card_change_pending on rate_card_change (id) where indexed_at is null;

comment on table rate_card_change is 'Outbox of rate-card changes (published, priced, capacity taken, withdrawn) for the search index, oldest first';
comment on column rate_card_change.id is 'Order of the changes';
comment on column rate_card_change.service_id is 'The service that changed; the indexer reads its current state';
comment on column rate_card_change.occurred_at is 'When the change was made';
comment on column rate_card_change.indexed_at is 'When the search index took the change; null while pending';
comment on column rate_card_change.attempts is 'Failed attempts so far (the search engine was down or refused)';
comment on column rate_card_change.last_error is 'What the engine said on the last failure';
