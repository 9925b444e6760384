-- The two industry-standard contracts generated for a supply chain: the lead contract and a partner agreement per
-- partner. Each generation is a new row; the parties sign the PDF whose SHA-256 they were shown, and once all have
-- signed the platform's sealed copy is kept beside the draft.
create table contract_document (
    id           uuid        primary key,
    chain_id     uuid        not null references supply_chain (id),
    kind         text        not null check (kind in ('LEAD_CONTRACT', 'PARTNER_AGREEMENT')),
    partner_id   uuid        references organisation (id),
    language     text        not null check (language in ('ENGLISH', 'WELSH')),
    reference    text        not null unique,
    fingerprint  text        not null,
    sha256       text        not null,
    pdf          bytea       not null,
    parties      uuid[]      not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    sealed_pdf   bytea,
    sealed_at    timestamptz
);

create index contract_document_chain on contract_document (chain_id, created_at);

create table contract_signature (
    document_id     uuid        not null references contract_document (id),
    organisation_id uuid        not null references organisation (id),
    signer_name     text        not null,
    signer_email    text        not null,
    organisation    text        not null,
    role            text        not null,
    signed_at       timestamptz not null,
    document_sha256 text        not null,
    primary key (document_id, organisation_id)
);

comment on column contract_document.parties is 'Organisations that must sign: the lead and the partner, or the steward and the lead';
comment on column contract_signature.document_sha256 is 'The SHA-256 of the PDF the signer was shown and signed';
