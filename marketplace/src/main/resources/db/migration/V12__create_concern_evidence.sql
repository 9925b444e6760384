-- PDFs a partner attaches to its concern; only the partner and the market steward can read them.
create table concern_evidence (
    id          uuid        primary key,
    concern_id  uuid        not null references concern (id),
    file_name   text        not null,
    size_bytes  integer     not null,
    sha256      text        not null,
    content     bytea       not null,
    uploaded_at timestamptz not null
);

create index concern_evidence_concern on concern_evidence (concern_id, uploaded_at);

comment on table concern_evidence is 'Evidence for a confidential concern; never shown to the lead provider';
