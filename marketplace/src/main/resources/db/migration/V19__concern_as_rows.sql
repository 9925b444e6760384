-- A concern becomes rows (ADR 0007): its facts as columns beside the status it already had, and each thing the
-- steward did as a row of its own. Added empty here, filled from the old documents by V20, made required by V21.
alter table concern add column chain_name       text;
alter table concern add column lead_name        text;
alter table concern add column raised_by_name   text;
alter table concern add column raised_by_person text;
alter table concern add column category         text check (category in ('LATE_PAYMENT', 'UNFAIR_TERMS', 'OTHER'));
alter table concern add column details          text;

create table concern_action (
    concern_id  uuid        not null references concern (id),
    position    integer     not null check (position >= 0),
    kind        text        not null check (kind in ('NOTE', 'PUT_TO_LEAD', 'CLOSED')),
    note        text,
    acted_by    text        not null,
    acted_at    timestamptz not null,
    primary key (concern_id, position),
    constraint concern_action_words check ((kind = 'PUT_TO_LEAD') = (note is null))
);

comment on table concern is 'A partner''s confidential concern about the lead provider of a chain it is in';
comment on column concern.id is 'The concern';
comment on column concern.chain_id is 'The supply chain the concern is about';
comment on column concern.lead_id is 'The lead provider of that chain when the concern was raised';
comment on column concern.status is 'Where the concern stands, the one place it is kept: RAISED, UNDER_REVIEW, PUT_TO_LEAD or CLOSED (moves: Concern.Status.MOVES)';
comment on column concern.raised_at is 'When the partner raised it';
comment on column concern.document is 'The whole concern as JSON, as stored before V19; carried into the columns by V20 and dropped by V21';
comment on column concern.chain_name is 'The chain''s name when the concern was raised, as the partner saw it';
comment on column concern.lead_name is 'The lead provider''s name when the concern was raised';
comment on column concern.raised_by_name is 'The raising partner organisation''s name when raised; never shown to the lead provider';
comment on column concern.raised_by_person is 'The email of the person who raised it; never shown to the lead provider';
comment on column concern.category is 'What the concern is about: LATE_PAYMENT, UNFAIR_TERMS or OTHER';
comment on column concern.details is 'The partner''s own words (at most 5,000 characters); for the steward only';
comment on table concern_action is 'What the steward did about a concern, one row a move, never rewritten; for the steward only';
comment on column concern_action.concern_id is 'The concern acted on';
comment on column concern_action.position is 'The order of the actions within the concern, from 0';
comment on column concern_action.kind is 'NOTE (an action or finding recorded), PUT_TO_LEAD (a statement went to the lead) or CLOSED';
comment on column concern_action.note is 'The steward''s words: the note, or for CLOSED the outcome the partner sees; none for PUT_TO_LEAD (the statement itself is in concern_statement, unlinked)';
comment on column concern_action.acted_by is 'The email of the steward who acted';
comment on column concern_action.acted_at is 'When the steward acted';
