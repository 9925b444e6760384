-- Every table and column says what it holds, in the schema itself (OperatorReadingTheSchemaTest): the ones V1-V13
-- created without a comment are described here. Comments only; no table, column or row changes.

comment on column organisation.id is 'The organisation';
comment on column organisation.name is 'The organisation''s name as registered; unique regardless of case, shown across the marketplace';
comment on column organisation.created_at is 'When the organisation registered';

comment on column user_account.id is 'The user';
comment on column user_account.organisation_id is 'The organisation the user acts for (and only for)';
comment on column user_account.created_at is 'When the account was created';
comment on column user_account.version is 'Optimistic lock: bumped on every change';

comment on column invitation.id is 'The invitation';
comment on column invitation.organisation_id is 'The organisation the person is invited to join';
comment on column invitation.email is 'Where the invitation was sent, and the sign-in name the account will have; personal data';
comment on column invitation.full_name is 'The invited person''s name as the admin typed it; personal data';
comment on column invitation.roles is 'The roles the account will have once accepted (as user_account.roles)';
comment on column invitation.invited_by is 'The organisation admin who sent the invitation';
comment on column invitation.created_at is 'When the invitation was sent';
comment on column invitation.expires_at is 'The link stops working at this time (a configured period after created_at)';

comment on column api_token.id is 'The token';
comment on column api_token.user_id is 'The user the token acts as';
comment on column api_token.name is 'The user''s label for the token, to tell their tokens apart';
comment on column api_token.created_at is 'When the user made the token';
comment on column api_token.last_used_at is 'When the token last authenticated a call; null if never used';
comment on column api_token.revoked_at is 'When the user revoked it; from then on it is refused. Null while not revoked';

comment on column audit_entry.recorded_at is 'When the decision was recorded';
comment on column audit_entry.actor_user_id is 'The user who decided; null when the system decided';
comment on column audit_entry.actor_organisation_id is 'The organisation the actor acted for; null for the system';
comment on column audit_entry.actor_organisation_name is 'That organisation''s name at the time (the platform''s name for the system)';
comment on column audit_entry.subject_type is 'What kind of thing was decided about, e.g. organisation, user, eoi, contract';
comment on column audit_entry.subject_id is 'Which one: the subject''s id as text';

comment on column email_outbox.id is 'The email';
comment on column email_outbox.subject is 'Subject line, English then Welsh';
comment on column email_outbox.created_at is 'When the decision that sends it was made; unsent mail goes oldest first';

comment on column expression_of_interest.id is 'The Expression of Interest';
comment on column expression_of_interest.created_at is 'When the provider started it';

comment on column eoi_version.eoi_id is 'The Expression of Interest this is a version of';
comment on column eoi_version.number is 'Version number within the Expression of Interest, from 1';
comment on column eoi_version.submitted_at is 'When the provider submitted the version to the steward; null while a draft';
comment on column eoi_version.decision_outcome is 'The steward''s decision (an EoiStatus: APPROVED, CHANGES_REQUESTED or REJECTED); null until decided';
comment on column eoi_version.decision_reason is 'The steward''s reason, as written and shown to the provider; null until decided';
comment on column eoi_version.decided_at is 'When the steward decided; null until decided';

comment on column notice.id is 'The notice';
comment on column notice.organisation_id is 'The organisation the notice is for; any of its users sees it';
comment on column notice.created_at is 'When the notice was raised';

comment on column evidence_file.id is 'The file';
comment on column evidence_file.eoi_id is 'The Expression of Interest the file is evidence for';
comment on column evidence_file.size_bytes is 'Size of content in bytes';
comment on column evidence_file.uploaded_at is 'When the provider uploaded it';
comment on column evidence_file.uploaded_by is 'Email of the person who uploaded it; personal data';

comment on column publication_event.id is 'Order of the change: the search indexer takes them in this order';
comment on column publication_event.organisation_id is 'The provider organisation whose register entry changed';
comment on column publication_event.eoi_id is 'The Expression of Interest published or withdrawn';
comment on column publication_event.kind is 'PUBLISHED (an approved version now shows on the register) or WITHDRAWN (the entry leaves it)';
comment on column publication_event.occurred_at is 'When the change was made';
comment on column publication_event.last_error is 'Why the last attempt failed, for operators; null if none failed';

comment on column shortlist.id is 'The shortlist';
comment on column shortlist.organisation_id is 'The organisation whose list it is; unique by name within it';
comment on column shortlist.name is 'The organisation''s name for the list, e.g. the bid or commission it is for';
comment on column shortlist.created_by is 'Email of the user who made the list';
comment on column shortlist.created_at is 'When the list was made';

comment on table shortlist_entry is 'A register provider on a shortlist; goes when the list is deleted';
comment on column shortlist_entry.shortlist_id is 'The shortlist';
comment on column shortlist_entry.added_by is 'Email of the user who added the provider';
comment on column shortlist_entry.added_at is 'When the provider was added';

comment on table supply_chain is 'A lead provider''s supply chain for one bid or live contract; its partners, terms and history are in the supply_chain_ tables';

comment on column stewardship_limits.id is 'Always 1: there is one set of limits';
comment on column stewardship_limits.max_risk_transfer_percent is 'A partner''s terms with more of its income at risk on payment by results than this (0 to 100) flag the chain';
comment on column stewardship_limits.max_payment_terms_days is 'A partner''s terms with the lead taking longer than this many days to pay flag the chain';
comment on column stewardship_limits.min_vcse_share_percent is 'A chain whose VCSE partners receive less than this share (0 to 100) of the contract value is flagged';
comment on column stewardship_limits.changed_by is 'Email of the steward who last set the limits (the audit trail has every change)';
comment on column stewardship_limits.changed_at is 'When the limits were last set';

comment on column concern_statement.id is 'The statement';
comment on column concern_statement.lead_id is 'The lead provider it was put to';
comment on column concern_statement.text is 'The steward''s words to the lead, as the lead reads them; names no partner';
comment on column concern_statement.put_at is 'When the steward put it to the lead';
comment on column concern_statement.put_by is 'Email of the steward who put it';

comment on table contract_document is 'One generated contract for a chain: the lead contract or a partner''s agreement; each generation is a new row, and once all have signed the sealed copy is kept beside the draft';
comment on column contract_document.id is 'The document';
comment on column contract_document.chain_id is 'The supply chain the contract is for';
comment on column contract_document.kind is 'LEAD_CONTRACT (the lead with the Ministry) or PARTNER_AGREEMENT (the lead with one partner)';
comment on column contract_document.partner_id is 'For a partner agreement, the partner; null for the lead contract';
comment on column contract_document.language is 'ENGLISH or WELSH: the language the contract is written in';
comment on column contract_document.reference is 'Printed reference, unique: MRS-, the chain, the generation, then -L for the lead contract or -P and the partner''s number';
comment on column contract_document.fingerprint is 'SHA-256 of the contract''s terms in canonical form, printed on every page';
comment on column contract_document.sha256 is 'SHA-256 of the draft PDF; a signer must have been shown this value to sign';
comment on column contract_document.pdf is 'The draft PDF as generated';
comment on column contract_document.created_at is 'When the lead generated it';
comment on column contract_document.created_by is 'Email of the lead''s user who generated it';
comment on column contract_document.sealed_pdf is 'The sealed copy, with every signature, made by the platform once all parties signed; null until then';
comment on column contract_document.sealed_at is 'When it was sealed; null until every party has signed';

comment on table contract_signature is 'A party''s signature of a contract document, one row a signing organisation, never rewritten';
comment on column contract_signature.document_id is 'The document signed';
comment on column contract_signature.organisation_id is 'The organisation signed for (the steward for the Ministry on a lead contract)';
comment on column contract_signature.signer_name is 'The signer''s full name when signing; personal data';
comment on column contract_signature.signer_email is 'The signer''s email when signing; personal data';
comment on column contract_signature.organisation is 'The signing organisation''s name when signing, as printed on the sealed copy';
comment on column contract_signature.role is 'The capacity signed in: authorised signatory, or market steward for the Secretary of State for Justice';
comment on column contract_signature.signed_at is 'When they signed';

comment on column concern_evidence.id is 'The file';
comment on column concern_evidence.concern_id is 'The concern it is evidence for';
comment on column concern_evidence.file_name is 'The name the partner gave the file, cleaned of path and control characters';
comment on column concern_evidence.size_bytes is 'Size of content in bytes';
comment on column concern_evidence.sha256 is 'SHA-256 of the content';
comment on column concern_evidence.content is 'The PDF as uploaded; may hold personal data';
comment on column concern_evidence.uploaded_at is 'When the partner uploaded it';
