-- Chains stored before V23 as one JSON document each: copied into the rows, nothing dropped yet. Instants were
-- written by the service's JSON mapper, as ISO-8601 text or as epoch seconds; both are read.
create function pg_temp.instant(value jsonb) returns timestamptz language sql immutable as $$
    select case jsonb_typeof(value)
               when 'number' then to_timestamp((value #>> '{}')::numeric)
               when 'string' then (value #>> '{}')::timestamptz
           end
$$;

create function pg_temp.day(value jsonb) returns date language sql immutable as $$
    select case jsonb_typeof(value)
               when 'array' then make_date((value ->> 0)::int, (value ->> 1)::int, (value ->> 2)::int)
               when 'string' then (value #>> '{}')::date
           end
$$;

create function pg_temp.texts(value jsonb) returns text[] language sql immutable as $$
    select coalesce(array(select jsonb_array_elements_text(coalesce(value, '[]'::jsonb))), '{}')
$$;

update supply_chain
   set lead_name = document ->> 'leadName',
       purpose = document ->> 'purpose',
       contract_value = (document -> 'contractValue' ->> 'amount')::numeric,
       contract_currency = document -> 'contractValue' ->> 'currency';

insert into supply_chain_link (chain_id, number, partner_id, partner_name, status, message, invited_at, expires_at,
                               answered_at, reason, terms_version)
select c.id, l.number - 1, (l.link ->> 'partnerId')::uuid, l.link ->> 'partnerName', l.link ->> 'status',
       coalesce(l.link ->> 'message', ''), pg_temp.instant(l.link -> 'invitedAt'),
       pg_temp.instant(l.link -> 'expiresAt'), pg_temp.instant(l.link -> 'answeredAt'), l.link ->> 'reason',
       coalesce((l.link ->> 'termsVersion')::int, 0)
  from supply_chain c, jsonb_array_elements(coalesce(c.document -> 'links', '[]')) with ordinality as l (link, number);

-- Only the latest terms were kept in a document; they keep their version number and take effect on the UK day
-- they were last recorded.
insert into supply_chain_terms (chain_id, link_number, version, effective_from, specialities, cohorts, areas,
                                annual_volume, annual_value, currency, payment_terms_days, risk_transfer_percent,
                                starts_on, ends_on)
select c.id, l.number - 1, (l.link ->> 'termsVersion')::int,
       coalesce((select max(pg_temp.instant(e -> 'at'))
                   from jsonb_array_elements(coalesce(c.document -> 'history', '[]')) as e
                  where e ->> 'action' = 'terms-recorded' and e ->> 'partnerId' = l.link ->> 'partnerId'),
                c.updated_at) at time zone 'Europe/London',
       pg_temp.texts(t -> 'specialities'), pg_temp.texts(t -> 'cohorts'), pg_temp.texts(t -> 'areas'),
       (t ->> 'annualVolume')::int, (t -> 'annualValue' ->> 'amount')::numeric, t -> 'annualValue' ->> 'currency',
       (t ->> 'paymentTermsDays')::int, (t ->> 'riskTransferPercent')::numeric, pg_temp.day(t -> 'start'),
       pg_temp.day(t -> 'end')
  from supply_chain c, jsonb_array_elements(coalesce(c.document -> 'links', '[]')) with ordinality as l (link, number),
       lateral (select l.link -> 'terms') as terms (t)
 where t is not null and jsonb_typeof(t) = 'object';

insert into supply_chain_event (chain_id, number, action, partner_id, partner_name, actor, at, detail)
select c.id, e.number - 1, e.event ->> 'action', (e.event ->> 'partnerId')::uuid, e.event ->> 'partnerName',
       e.event ->> 'by', pg_temp.instant(e.event -> 'at'), e.event ->> 'detail'
  from supply_chain c,
       jsonb_array_elements(coalesce(c.document -> 'history', '[]')) with ordinality as e (event, number);
