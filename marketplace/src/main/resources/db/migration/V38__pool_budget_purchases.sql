-- A co-commissioned pool is the funders' money for the services and areas their agreement names: remember, for each
-- pool's budget, what the version in force lets it buy, so an order for anything else is refused.
create table pool_budget_purchase (
    budget_id uuid primary key references budget (id),
    service_ids uuid[] not null,
    areas text[] not null
);

comment on table pool_budget_purchase is 'What a co-commissioned pool budget may buy: the services and areas of its agreement''s version in force, replaced when a variation takes effect';
comment on column pool_budget_purchase.budget_id is 'The pool''s budget (budget.id); a commissioner''s own budget has no row and buys anything on the rate card';
comment on column pool_budget_purchase.service_ids is 'The rate-card services (their ids) the version in force buys';
comment on column pool_budget_purchase.areas is 'The area codes the version in force covers: an order''s area must be one of them or lie inside one';
