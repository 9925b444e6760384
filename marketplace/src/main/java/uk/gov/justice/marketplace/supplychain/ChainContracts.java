package uk.gov.justice.marketplace.supplychain;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.contracts.ContractRenderer;
import uk.gov.justice.marketplace.contracts.ContractSigning;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.PlatformCertificate;
import uk.gov.justice.marketplace.contracts.RenderedContract;
import uk.gov.justice.marketplace.contracts.SignatureRecord;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * The two industry-standard contracts for a chain: the lead contract (the Ministry, signed for by the market
 * steward, and the lead provider) and a partner agreement with each partner in the chain. Each party's authorised
 * signatory signs the PDF whose hash it was shown; when every party has signed, the platform seals the file.
 */
@Singleton
public class ChainContracts {

    static final String FOR_THE_MINISTRY = "market steward, for the Secretary of State for Justice";

    private final SupplyChainStore chains;
    private final ContractStore store;
    private final ContractTermsFactory terms;
    private final PlatformCertificate seal;
    private final AuditTrail audit;
    private final Clock clock;
    private final ContractRenderer renderer = new ContractRenderer();
    private final ContractSigning signing = new ContractSigning();

    ChainContracts(
            SupplyChainStore chains,
            ContractStore store,
            ContractTermsFactory terms,
            PlatformCertificate seal,
            AuditTrail audit,
            Clock clock) {
        this.chains = chains;
        this.store = store;
        this.terms = terms;
        this.seal = seal;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * New drafts of every document from the chain as it is now; earlier unsealed drafts stay, superseded, and can
     * no longer be signed (the chain's row lock and each document's row lock keep this and a signature in order).
     * References count
     * the generations (MRS-1A2B3C4D-2-P1), numbered under the chain's row lock so two generations never share one.
     */
    @Transactional
    public List<ContractDocument> generate(Viewer lead, UUID chainId, ContractTerms.Language language) {
        SupplyChain chain = chains.lock(chainId).orElseThrow(ChainContracts::none);
        if (!chain.leadId().equals(lead.organisationId())) {
            throw new Forbidden("error.chain.notYours");
        }
        Instant now = clock.instant();
        List<PartnerLink> partners =
                chain.activeLinks(now).stream().filter(l -> l.terms() != null).toList();
        if (partners.isEmpty()) {
            throw new InvalidInput("contracts", "error.contract.noTerms");
        }
        String reference =
                "MRS-" + chain.id().toString().substring(0, 8).toUpperCase() + "-" + (store.generations(chainId) + 1);
        String statement = terms.statement(chain, language);
        for (UUID superseded : store.supersede(chainId, now)) {
            audit.record(
                    lead.asActor(),
                    AuditEvent.of("contract.superseded", "contract", superseded, "by generation " + reference));
        }
        add(
                chain,
                terms.leadContract(chain, partners, reference + "-L", language, statement),
                null,
                List.of(chain.leadId()),
                lead,
                now);
        for (int n = 0; n < partners.size(); n++) {
            PartnerLink partner = partners.get(n);
            add(
                    chain,
                    terms.partnerAgreement(chain, partner, reference + "-P" + (n + 1), language, statement),
                    partner.partnerId(),
                    List.of(chain.leadId(), partner.partnerId()),
                    lead,
                    now);
        }
        return store.latest(chainId);
    }

    /** The lead and the steward see every document; a partner its own agreement. */
    @ReadOnly
    public List<ContractDocument> list(Viewer viewer, UUID chainId) {
        SupplyChain chain = chains.read(chainId).orElseThrow(ChainContracts::none);
        if (!viewer.isSteward() && !chain.involves(viewer.organisationId())) {
            throw none();
        }
        return store.latest(chainId).stream().filter(d -> mayRead(viewer, d)).toList();
    }

    @ReadOnly
    public byte[] pdf(Viewer viewer, UUID documentId) {
        ContractDocument document = store.read(documentId).orElseThrow(ChainContracts::none);
        if (!mayRead(viewer, document)) {
            throw none();
        }
        return store.pdf(documentId).orElseThrow(ChainContracts::none);
    }

    @Transactional
    public ContractDocument sign(Viewer signer, UUID documentId, String documentSha256) {
        ContractDocument document = store.lock(documentId).orElseThrow(ChainContracts::none);
        String capacity = capacity(signer, document);
        if (document.supersededAt() != null) {
            throw new ConflictingChange("error.contract.superseded");
        }
        if (!document.sha256().equals(documentSha256)) {
            throw new ConflictingChange("error.contract.changed");
        }
        if (document.signatures().stream().anyMatch(s -> s.organisationId().equals(signer.organisationId()))) {
            throw new ConflictingChange("error.contract.alreadySigned");
        }
        Instant now = clock.instant();
        store.sign(documentId, signer, capacity, documentSha256, now);
        audit.record(
                signer.asActor(),
                AuditEvent.of(
                        "contract.signed", "contract", documentId, document.reference() + " sha256 " + documentSha256));
        ContractDocument signed = store.lock(documentId).orElseThrow();
        if (isComplete(signed)) {
            sealDocument(signed, now);
        }
        return store.lock(documentId).orElseThrow();
    }

    private void sealDocument(ContractDocument document, Instant now) {
        List<SignatureRecord> records = document.signatures().stream()
                .map(s -> new SignatureRecord(
                        s.signerName(), s.organisation(), s.role(), s.signedAt(), s.documentSha256()))
                .toList();
        byte[] draft = store.draft(document.id());
        RenderedContract contract = new RenderedContract(draft, document.fingerprint(), document.sha256(), 0);
        store.seal(
                document.id(),
                signing.finalDocument(
                        contract, ContractTerms.Language.valueOf(document.language()), records, seal, now),
                now);
    }

    /** Every party has signed (for the lead contract, the steward too, for the Ministry). */
    private static boolean isComplete(ContractDocument document) {
        List<UUID> signedBy = document.signatures().stream()
                .map(ContractDocument.Signature::organisationId)
                .toList();
        boolean ministry = !document.isLeadContract()
                || document.signatures().stream().anyMatch(s -> s.role().equals(FOR_THE_MINISTRY));
        return signedBy.containsAll(document.parties()) && ministry;
    }

    /** In what capacity this person may sign, or refused: only authorised signatories of a party, or the steward. */
    private static String capacity(Viewer signer, ContractDocument document) {
        if (document.isLeadContract() && signer.isSteward()) {
            return FOR_THE_MINISTRY;
        }
        if (!document.parties().contains(signer.organisationId()) || !signer.has(Role.AUTHORISED_SIGNATORY)) {
            throw new Forbidden("error.contract.notSignatory");
        }
        return "authorised signatory";
    }

    /**
     * Whether this reader could sign the document now: a signatory for a party that has not signed, before sealing,
     * on a draft not superseded.
     */
    public static boolean canSign(Viewer viewer, ContractDocument document) {
        boolean signed =
                document.signatures().stream().anyMatch(s -> s.organisationId().equals(viewer.organisationId()));
        boolean entitled = (document.isLeadContract() && viewer.isSteward())
                || (document.parties().contains(viewer.organisationId()) && viewer.has(Role.AUTHORISED_SIGNATORY));
        return document.sealedAt() == null && document.supersededAt() == null && !signed && entitled;
    }

    private static boolean mayRead(Viewer viewer, ContractDocument document) {
        return viewer.isSteward() || document.parties().contains(viewer.organisationId());
    }

    private void add(
            SupplyChain chain,
            ContractTerms contractTerms,
            UUID partnerId,
            List<UUID> parties,
            Viewer lead,
            Instant now) {
        RenderedContract rendered = renderer.render(contractTerms);
        UUID id = UUID.randomUUID();
        Integer termsVersion = partnerId == null ? null : chain.link(partnerId).termsVersion();
        store.add(
                id,
                chain.id(),
                contractTerms,
                partnerId,
                termsVersion,
                new ArrayList<>(parties),
                rendered,
                lead.email(),
                now);
        audit.record(
                lead.asActor(),
                AuditEvent.of(
                        "contract.generated",
                        "contract",
                        id,
                        contractTerms.reference() + " fingerprint " + rendered.fingerprint()));
    }

    private static NotFound none() {
        return new NotFound("contract", "error.contract.none");
    }
}
