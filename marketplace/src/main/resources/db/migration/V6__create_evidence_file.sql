create table evidence_file (
    id              uuid primary key,
    eoi_id          uuid        not null references expression_of_interest (id),
    file_name       text        not null,
    size_bytes      integer     not null,
    sha256          text        not null,
    content         bytea       not null,
    extracted_text  text        not null,
    uploaded_at     timestamptz not null,
    uploaded_by     text        not null
);
create index evidence_file_eoi on evidence_file (eoi_id);

comment on table evidence_file is 'PDF evidence attached to an Expression of Interest (e.g. a Justice Data Lab report)';
comment on column evidence_file.file_name is 'The name the provider gave the file, cleaned of path and control characters';
comment on column evidence_file.content is 'The PDF as uploaded; checked to be a readable PDF by its content, not its name';
comment on column evidence_file.extracted_text is 'Text PDFBox read from it, for search; may contain personal data in case studies';
comment on column evidence_file.sha256 is 'Fingerprint of the content, to spot the same file uploaded twice';
