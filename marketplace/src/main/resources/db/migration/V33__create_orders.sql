-- Orders (issue 13): budgets a commissioner charges orders to (its own per financial year, or a co-commissioning
-- pool), and orders of rate-card services with their deliveries, invoices and history. An order keeps a copy of the
-- terms it was placed on (the price in force that day), so a later price never changes it.

create table budget (
    id             uuid        primary key,
    holder_id      uuid        not null references organisation (id),
    agreement_id   uuid,
    financial_year text        not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    name           text        not null,
    amount         numeric     not null check (amount >= 0),
    currency       text        not null,
    set_at         timestamptz not null,
    set_by         text        not null
);

create unique index budget_own_per_year on budget (holder_id, financial_year) where agreement_id is null;
create unique index budget_pool_per_year on budget (agreement_id, holder_id, financial_year) where agreement_id is not null;

comment on table budget is 'Money a commissioner may commit to orders in one financial year: its own, or a co-commissioning pool (pooled: held by the host; aligned: one per funder)';
comment on column budget.id is 'The budget';
comment on column budget.holder_id is 'The commissioner organisation whose orders are charged to it';
comment on column budget.agreement_id is 'The co-commissioning agreement the budget belongs to; null for the commissioner''s own budget';
comment on column budget.financial_year is 'The financial year (April to March) it is for, written 2026-27';
comment on column budget.name is 'What the budget is called where orders choose it';
comment on column budget.amount is 'How much may be committed in the year';
comment on column budget.currency is 'ISO 4217 currency of the amount';
comment on column budget.set_at is 'When the amount was last set';
comment on column budget.set_by is 'Who last set it (an email, or system for an agreement taking effect)';

create table purchase_order (
    id                   uuid        primary key,
    commissioner_id      uuid        not null references organisation (id),
    commissioner_name    text        not null,
    placed_by            uuid        not null references user_account (id),
    placed_by_email      text        not null,
    budget_id            uuid        not null references budget (id),
    service_id           uuid        not null,
    provider_id          uuid        not null references organisation (id),
    provider_name        text        not null,
    title_en             text        not null,
    title_cy             text        not null,
    speciality           text        not null,
    unit                 text        not null,
    unit_price           numeric     not null check (unit_price > 0),
    currency             text        not null,
    vat                  text        not null,
    price_effective_from date        not null,
    minimum_order        integer     not null,
    lead_time_days       integer     not null,
    area                 text        not null,
    served_area          text        not null,
    period_kind          text        not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start         date        not null,
    units                integer     not null check (units > 0),
    amount               numeric     not null check (amount > 0),
    status               text        not null check (status in ('AWAITING_APPROVAL', 'SENT_TO_PROVIDER', 'ACCEPTED', 'DECLINED', 'IN_DELIVERY', 'CANCELLED')),
    placed_at            timestamptz not null
);

create index purchase_order_commissioner on purchase_order (commissioner_id, placed_at);
create index purchase_order_provider on purchase_order (provider_id, placed_at);
create index purchase_order_budget on purchase_order (budget_id);
create index purchase_order_service on purchase_order (service_id);

comment on table purchase_order is 'An order of a rate-card service: units at the unit price in force when placed, for one capacity period and an area, charged to a budget';
comment on column purchase_order.id is 'The order';
comment on column purchase_order.commissioner_id is 'The commissioner organisation that placed it';
comment on column purchase_order.commissioner_name is 'Its name when the order was placed';
comment on column purchase_order.placed_by is 'The user who placed it (who may never give it the second approval)';
comment on column purchase_order.placed_by_email is 'That user''s email when it was placed';
comment on column purchase_order.budget_id is 'The budget it is charged to';
comment on column purchase_order.service_id is 'The rate-card service ordered';
comment on column purchase_order.provider_id is 'The provider that delivers it';
comment on column purchase_order.provider_name is 'The provider''s name when the order was placed';
comment on column purchase_order.title_en is 'The service''s name in English when ordered';
comment on column purchase_order.title_cy is 'The service''s name in Welsh when ordered';
comment on column purchase_order.speciality is 'The service''s speciality code when ordered';
comment on column purchase_order.unit is 'What one unit is (session, hour, referral, week, place, programme)';
comment on column purchase_order.unit_price is 'The unit price in force on the day the order was placed, kept whatever the price later becomes';
comment on column purchase_order.currency is 'ISO 4217 currency of the prices and amounts';
comment on column purchase_order.vat is 'The VAT treatment of the price (EXEMPT, ZERO_RATED, STANDARD)';
comment on column purchase_order.price_effective_from is 'The day the price the order keeps took effect';
comment on column purchase_order.minimum_order is 'The service''s minimum order when placed';
comment on column purchase_order.lead_time_days is 'The service''s lead time in working days when placed';
comment on column purchase_order.area is 'The area the commissioner ordered for';
comment on column purchase_order.served_area is 'The area the service declared that holds it, whose capacity the order counts against';
comment on column purchase_order.period_kind is 'Whether the period is a month or a financial-year quarter';
comment on column purchase_order.period_start is 'The first day of the capacity period ordered';
comment on column purchase_order.units is 'Units ordered';
comment on column purchase_order.amount is 'Units times the unit price: what the order commits against its budget';
comment on column purchase_order.status is 'Where the order is: AWAITING_APPROVAL, SENT_TO_PROVIDER, ACCEPTED, DECLINED, IN_DELIVERY or CANCELLED (moves: Order.Status.MOVES)';
comment on column purchase_order.placed_at is 'When it was placed';

create table order_step (
    order_id  uuid        not null references purchase_order (id),
    position  integer     not null,
    event     text        not null,
    actor     text        not null,
    at        timestamptz not null,
    reason    text,
    units     integer,
    primary key (order_id, position)
);

comment on table order_step is 'What happened to an order, in order: each move with who, when and why';
comment on column order_step.order_id is 'The order';
comment on column order_step.position is 'Its place in the order''s history, from 0';
comment on column order_step.event is 'What happened (OrderPlaced, OrderApproved, OrderAccepted, OrderDeclined, DeliveryRecorded, InvoiceRaised, InvoiceConfirmed, InvoiceDisputed, OrderCancelled)';
comment on column order_step.actor is 'Who did it (an email)';
comment on column order_step.at is 'When';
comment on column order_step.reason is 'The words given (a decline, dispute or cancellation reason); null for a move that needs none';
comment on column order_step.units is 'Units the step concerned (delivered, invoiced, released); null when none';

create table order_invoice (
    id         uuid        primary key,
    order_id   uuid        not null references purchase_order (id),
    units      integer     not null check (units > 0),
    amount     numeric     not null check (amount > 0),
    currency   text        not null,
    status     text        not null check (status in ('RAISED', 'CONFIRMED', 'DISPUTED')),
    raised_at  timestamptz not null,
    raised_by  text        not null,
    settled_at timestamptz,
    settled_by text,
    reason     text
);

create index order_invoice_order on order_invoice (order_id);

comment on table order_invoice is 'An invoice a provider raised against an order; spend is what the commissioner confirmed';
comment on column order_invoice.id is 'The invoice';
comment on column order_invoice.order_id is 'The order it is raised against';
comment on column order_invoice.units is 'Units invoiced (never more than ordered less already invoiced)';
comment on column order_invoice.amount is 'Units times the order''s unit price';
comment on column order_invoice.currency is 'ISO 4217 currency of the amount';
comment on column order_invoice.status is 'RAISED (awaiting the commissioner), CONFIRMED (spent) or DISPUTED (its units may be invoiced again)';
comment on column order_invoice.raised_at is 'When the provider raised it';
comment on column order_invoice.raised_by is 'Who raised it (an email)';
comment on column order_invoice.settled_at is 'When the commissioner confirmed or disputed it; null while raised';
comment on column order_invoice.settled_by is 'Who confirmed or disputed it (an email)';
comment on column order_invoice.reason is 'Why the commissioner disputed it; null otherwise';
