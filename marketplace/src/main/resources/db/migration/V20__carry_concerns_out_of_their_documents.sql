-- Carries each concern out of the JSON document the code before V19 stored (Micronaut Serialization of the old
-- Concern record: instants as ISO-8601 text, an empty action list sometimes left out). The old code wrote two of
-- the steward's moves as English sentences in the action's note: 'Put to the lead provider', and 'Closed: ' then
-- the outcome (always the last action of a closed concern). Those become kinds; every other note is the
-- steward's own words, kept as written.
update concern
   set chain_name       = document ->> 'chainName',
       lead_name        = document ->> 'leadName',
       raised_by_name   = document ->> 'raisedByName',
       raised_by_person = document ->> 'raisedByPerson',
       category         = document ->> 'category',
       details          = document ->> 'details';

insert into concern_action (concern_id, position, kind, note, acted_by, acted_at)
select c.id,
       a.ordinality - 1,
       case
           when c.status = 'CLOSED' and a.ordinality = jsonb_array_length(c.document -> 'actions') then 'CLOSED'
           when a.action ->> 'note' = 'Put to the lead provider' then 'PUT_TO_LEAD'
           else 'NOTE'
       end,
       case
           when c.status = 'CLOSED' and a.ordinality = jsonb_array_length(c.document -> 'actions')
               then coalesce(c.document ->> 'outcome', regexp_replace(a.action ->> 'note', '^Closed: ', ''))
           when a.action ->> 'note' = 'Put to the lead provider' then null
           else a.action ->> 'note'
       end,
       a.action ->> 'by',
       (a.action ->> 'at')::timestamptz
  from concern c
 cross join lateral jsonb_array_elements(coalesce(c.document -> 'actions', '[]'::jsonb))
       with ordinality as a (action, ordinality);
