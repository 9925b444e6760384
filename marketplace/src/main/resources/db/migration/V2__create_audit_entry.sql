create table audit_entry (
    sequence                bigint primary key,
    recorded_at             timestamptz not null,
    actor_user_id           uuid,
    actor_email             text        not null,
    actor_organisation_id   uuid,
    actor_organisation_name text        not null,
    action                  text        not null,
    subject_type            text        not null,
    subject_id              text        not null,
    reason                  text,
    before_summary          text,
    after_summary           text,
    previous_hash           text        not null,
    entry_hash              text        not null
);
create index audit_entry_subject on audit_entry (subject_type, subject_id);
create index audit_entry_actor on audit_entry (lower(actor_email));
create index audit_entry_recorded_at on audit_entry (recorded_at);

comment on table audit_entry is 'Every decision, append-only: the database refuses UPDATE, DELETE and TRUNCATE';
comment on column audit_entry.sequence is 'Gapless position in the chain, assigned under a lock';
comment on column audit_entry.actor_email is 'Who decided (or "system"); personal data kept for accountability';
comment on column audit_entry.action is 'What was decided, e.g. organisation.registered';
comment on column audit_entry.reason is 'Why, in the actor''s words where the decision needs one';
comment on column audit_entry.before_summary is 'The subject before the decision, a short human-readable summary';
comment on column audit_entry.after_summary is 'The subject after the decision';
comment on column audit_entry.previous_hash is 'entry_hash of the entry before; all zeros for the first';
comment on column audit_entry.entry_hash is 'SHA-256 over this entry''s fields and previous_hash: tampering breaks the chain';

create function refuse_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit trail is append-only: % on audit_entry is refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function refuse_audit_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function refuse_audit_change();
