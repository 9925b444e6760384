create table notice (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    message_key      text        not null,
    detail           text,
    link             text,
    created_at       timestamptz not null,
    read_at          timestamptz
);
create index notice_unread on notice (organisation_id, created_at) where read_at is null;

comment on table notice is 'In-portal notices to an organisation (e.g. a decision on its Expression of Interest)';
comment on column notice.message_key is 'Message bundle key of the notice text, so it shows in English or Welsh';
comment on column notice.detail is 'Words from the decision-maker (e.g. the steward''s reason), shown as written';
comment on column notice.link is 'Where in the portal the notice leads';
comment on column notice.read_at is 'When someone in the organisation dismissed it';
