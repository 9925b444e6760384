create table expression_of_interest (
    id               uuid primary key,
    organisation_id  uuid        not null unique references organisation (id),
    created_at       timestamptz not null
);

comment on table expression_of_interest is 'A VCSE provider''s one Expression of Interest; its versions hold the answers';
comment on column expression_of_interest.organisation_id is 'One per organisation: the form is filled in once and kept current';

create table eoi_version (
    eoi_id                  uuid        not null references expression_of_interest (id),
    number                  integer     not null,
    status                  text        not null check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    answers                 jsonb       not null,
    submitted_at            timestamptz,
    decision_outcome        text,
    decision_reason         text,
    decision_part_comments  jsonb,
    decided_by              text,
    decided_at              timestamptz,
    primary key (eoi_id, number)
);
create index eoi_version_submitted on eoi_version (submitted_at) where status = 'SUBMITTED';

comment on table eoi_version is 'Versions are kept: an approved version stays published while the next is prepared';
comment on column eoi_version.answers is 'The six parts as JSON (EoiAnswers); may include personal data of the contact';
comment on column eoi_version.status is 'DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED or WITHDRAWN (EoiStatus)';
comment on column eoi_version.decision_part_comments is 'The steward''s comments by part when asking for changes';
comment on column eoi_version.decided_by is 'Email of the steward who decided; the audit trail has the full record';
