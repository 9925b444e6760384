-- Evidence belongs to versions of the EoI, so search and downloads can follow what the register publishes rather
-- than everything ever uploaded (a draft's file stays out until the steward approves the version holding it).
alter table evidence_file add column first_version integer;
alter table evidence_file add column removed_in_version integer;

-- A file can only be uploaded while the current version is editable, and a new version starts only after the one
-- before it was approved: so a file's first version is one more than the approvals decided before its upload.
update evidence_file f set first_version = 1 + (
    select count(*) from eoi_version v
    where v.eoi_id = f.eoi_id and v.decision_outcome = 'APPROVED' and v.decided_at <= f.uploaded_at);

alter table evidence_file alter column first_version set not null;
alter table evidence_file add constraint evidence_file_versions
    check (first_version >= 1 and (removed_in_version is null or removed_in_version > first_version));

comment on column evidence_file.first_version is 'The EoI version the file was uploaded to; it belongs to that version and every later one until removed';
comment on column evidence_file.removed_in_version is 'The first version that no longer holds the file (removed by the provider); null while every version since first_version holds it';
