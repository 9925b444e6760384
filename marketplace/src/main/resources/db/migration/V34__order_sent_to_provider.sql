-- An order cancelled while it waited for its second approval was never the provider's business: remember whether
-- an order ever reached its provider, since the status alone (CANCELLED) cannot tell.
alter table purchase_order add column sent_to_provider boolean not null default false;

comment on column purchase_order.sent_to_provider is 'Whether the order ever reached its provider (sent straight away, or once approved); only then may the provider read it';
