-- A file the steward has seen (its version sent back for changes) and the provider then removes is kept, marked
-- removed in that same version, rather than erased: what a decision was made on stays on the record.
alter table evidence_file drop constraint evidence_file_versions;
alter table evidence_file add constraint evidence_file_versions
    check (first_version >= 1 and (removed_in_version is null or removed_in_version >= first_version));

comment on column evidence_file.removed_in_version is 'The first EoI version that no longer holds the file (it may be the version it came with, once the steward had seen that version); null while every version from first_version on holds it';
