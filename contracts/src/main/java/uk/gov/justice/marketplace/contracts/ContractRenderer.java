package uk.gov.justice.marketplace.contracts;

import java.util.Map;

/**
 * Writes a contract from its clause template (resources/templates, one per kind and language) with the terms
 * filled in: headings, plain paragraphs, a block per partner's services, and on every page the reference, the
 * fingerprint and "page X of Y" (see {@link DocumentRenderer}).
 */
public final class ContractRenderer {

    private final DocumentRenderer documents = new DocumentRenderer();

    public RenderedContract render(ContractTerms terms) {
        String fingerprint = Text.sha256(terms.canonical());
        String template =
                (terms.kind() == ContractTerms.DocumentKind.LEAD_CONTRACT ? "lead-contract" : "partner-agreement") + "."
                        + Labels.code(terms.language());
        DocumentRenderer.RenderedDocument document = documents.render(
                template,
                terms.language(),
                Map.of("terms", terms, "reference", terms.reference(), "fingerprint", fingerprint));
        return new RenderedContract(document.pdf(), fingerprint, Text.sha256(document.pdf()), document.pages());
    }
}
