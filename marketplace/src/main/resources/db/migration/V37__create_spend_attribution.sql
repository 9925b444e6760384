-- Every pound of confirmed spend on a co-commissioned budget, attributed to the funder it came from (issue 13): a
-- row per invoice and funder, written in the transaction that confirms the invoice, by the agreement version in
-- force on the day spent. The attribution never changes afterwards, even after a variation, so the database
-- refuses UPDATE, DELETE and TRUNCATE as it does on the audit trail.
create table spend_attribution (
    id                uuid        primary key,
    invoice_id        uuid        not null,
    order_id          uuid        not null,
    budget_id         uuid        not null,
    agreement_id      uuid        not null,
    agreement_version integer     not null check (agreement_version >= 1),
    funding           text        not null check (funding in ('POOLED', 'ALIGNED')),
    funder_id         uuid        not null,
    share_percent     numeric(7, 4) not null check (share_percent >= 0 and share_percent <= 100),
    amount            numeric(14, 2) not null,
    currency          text        not null,
    spent_on          date        not null,
    financial_year    integer     not null,
    quarter           integer     not null check (quarter between 1 and 4),
    area              text        not null,
    service_id        uuid        not null,
    provider_id       uuid        not null,
    recorded_at       timestamptz not null,
    unique (invoice_id, funder_id)
);
create index spend_attribution_agreement on spend_attribution (agreement_id, financial_year);

comment on table spend_attribution is 'Confirmed spend on a co-commissioned budget, attributed to funders; append-only: the database refuses UPDATE, DELETE and TRUNCATE';
comment on column spend_attribution.id is 'Identifies the attribution row';
comment on column spend_attribution.invoice_id is 'The confirmed invoice the spend is (the order feature''s invoice id); one row per invoice and funder';
comment on column spend_attribution.order_id is 'The order the invoice was raised against';
comment on column spend_attribution.budget_id is 'The budget the order was charged to: the pooled budget or a funder''s aligned line';
comment on column spend_attribution.agreement_id is 'The co-commissioning agreement the budget belongs to';
comment on column spend_attribution.agreement_version is 'The agreement version in force on the day spent, whose shares divided the spend';
comment on column spend_attribution.funding is 'POOLED (divided by the funders'' shares) or ALIGNED (all of it to the line''s funder)';
comment on column spend_attribution.funder_id is 'The funder (a commissioner organisation) the amount is attributed to';
comment on column spend_attribution.share_percent is 'The funder''s share of the year''s total in that version (100 for an aligned line)';
comment on column spend_attribution.amount is 'The part of the invoice attributed to this funder; the parts of an invoice add up to it to the penny';
comment on column spend_attribution.currency is 'ISO 4217 code of the amount';
comment on column spend_attribution.spent_on is 'The day the invoice was confirmed: spend is what was confirmed';
comment on column spend_attribution.financial_year is 'The financial year spent in, by the calendar year it starts in (2026 is 2026-27)';
comment on column spend_attribution.quarter is 'The quarter of that financial year, 1 (April to June) to 4 (January to March)';
comment on column spend_attribution.area is 'The area the order was placed for (a reference-data area code)';
comment on column spend_attribution.service_id is 'The rate-card service ordered';
comment on column spend_attribution.provider_id is 'The provider who delivered it';
comment on column spend_attribution.recorded_at is 'When the attribution was written';

create trigger spend_attribution_no_update_or_delete
    before update or delete on spend_attribution
    for each row execute function refuse_audit_change();

create trigger spend_attribution_no_truncate
    before truncate on spend_attribution
    for each statement execute function refuse_audit_change();
