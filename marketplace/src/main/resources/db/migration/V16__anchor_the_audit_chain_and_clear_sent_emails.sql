-- The audit chain's head, published at intervals and signed by the platform, so that cutting the newest entries (or
-- rewriting them with fresh hashes) no longer leaves a chain that verifies.
create table audit_checkpoint (
    id          bigint generated always as identity primary key,
    entry_count bigint      not null,
    head_hash   text        not null,
    made_at     timestamptz not null,
    key_id      text        not null,
    signature   text        not null
);
create index audit_checkpoint_entry_count on audit_checkpoint (entry_count);

comment on table audit_checkpoint is 'Signed statements of the audit chain''s length and head, append-only like the chain itself';
comment on column audit_checkpoint.id is 'Order of publication';
comment on column audit_checkpoint.entry_count is 'How many audit entries the chain held; the head is the entry with this sequence';
comment on column audit_checkpoint.head_hash is 'entry_hash of that entry (all zeros while the chain is empty)';
comment on column audit_checkpoint.made_at is 'When the checkpoint was published';
comment on column audit_checkpoint.key_id is 'Names the platform key that signed it (a hash of the key, never the key)';
comment on column audit_checkpoint.signature is 'HMAC-SHA256 by the platform key over entry_count, head_hash and made_at';

-- One guard for every append-only table, naming the table it refused.
create or replace function refuse_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_checkpoint_no_update_or_delete
    before update or delete on audit_checkpoint
    for each row execute function refuse_audit_change();

create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function refuse_audit_change();

-- A sent email's body may hold a one-use link: once the mail server has it, only the record of sending is kept.
alter table email_outbox alter column body drop not null;
update email_outbox set body = null where sent_at is not null;
comment on column email_outbox.body is 'Plain-text body, English then Welsh; may hold a one-use link, so cleared once sent';
