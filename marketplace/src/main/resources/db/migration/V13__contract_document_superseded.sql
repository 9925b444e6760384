-- Generating a chain's contracts again supersedes the drafts before: they can no longer be signed, so no party
-- signs terms the chain has moved on from. Sealed documents are never superseded (they are signed contracts).
alter table contract_document add column superseded_at timestamptz;

-- Drafts generated before this column existed: superseded when the chain's next generation was made.
update contract_document d
   set superseded_at = (select min(n.created_at) from contract_document n
                         where n.chain_id = d.chain_id and n.kind = 'LEAD_CONTRACT' and n.created_at > d.created_at)
 where d.sealed_at is null;

comment on column contract_document.superseded_at is 'When a later generation of the chain''s contracts replaced this unsealed draft; null while it is current or once sealed. A superseded draft cannot be signed';
