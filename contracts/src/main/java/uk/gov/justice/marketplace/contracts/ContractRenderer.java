package uk.gov.justice.marketplace.contracts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes a contract from its clause template (resources/templates, one per kind and language) with the terms
 * filled in: headings, plain paragraphs, a block per partner's services, and on every page the reference, the
 * fingerprint and "page X of Y". Text comes out extractable, in an embedded font that has the Welsh letters.
 */
public final class ContractRenderer {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    public RenderedContract render(ContractTerms terms) {
        String fingerprint = Text.sha256(terms.canonical());
        Labels labels = new Labels(terms.language());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PageWriter writer = new PageWriter(document);
            for (String line : template(terms).split("\n")) {
                write(writer, line, terms, labels);
            }
            writer.close();
            footers(document, writer, terms, fingerprint, labels);
            describe(document, terms);
            document.save(out);
            byte[] pdf = out.toByteArray();
            return new RenderedContract(pdf, fingerprint, Text.sha256(pdf), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PageWriter writer, String line, ContractTerms terms, Labels labels) {
        if (line.isBlank()) {
            return;
        }
        if (line.trim().equals("{{services}}")) {
            terms.services().forEach(s -> service(writer, s, terms, labels));
        } else if (line.startsWith("# ")) {
            writer.heading(fill(line.substring(2), terms));
        } else {
            writer.paragraph(fill(line, terms), writer.regular, 10);
        }
    }

    private static void service(PageWriter writer, ServiceLine s, ContractTerms terms, Labels labels) {
        writer.paragraph(s.partner(), writer.bold, 10);
        writer.paragraph(labels.get("services") + ": " + s.services() + ". " + labels.get("cohorts") + ": "
                + s.cohorts() + ". " + labels.get("area") + ": " + s.area() + ".", writer.regular, 10);
        writer.paragraph(labels.get("volume") + ": " + s.annualVolume() + " · " + labels.get("value") + ": "
                + money(s.annualValue(), terms.currency()) + " · " + labels.get("paymentTerms") + ": "
                + s.paymentTermsDays() + " " + labels.get("days") + " · " + labels.get("risk") + ": "
                + s.riskTransferPercent().stripTrailingZeros().toPlainString() + "%", writer.regular, 10);
        writer.gap(4);
    }

    private static String fill(String line, ContractTerms t) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy",
                t.language() == ContractTerms.Language.WELSH ? WELSH : Locale.UK);
        Map<String, String> values = Map.ofEntries(Map.entry("reference", t.reference()),
                Map.entry("first.name", t.first().name()), Map.entry("first.role", t.first().role()),
                Map.entry("first.registrationNumber", t.first().registrationNumber()),
                Map.entry("first.address", t.first().address()), Map.entry("second.name", t.second().name()),
                Map.entry("second.role", t.second().role()),
                Map.entry("second.registrationNumber", t.second().registrationNumber()),
                Map.entry("second.address", t.second().address()), Map.entry("chain", t.chainName()),
                Map.entry("area", t.areaName()), Map.entry("contractValue", money(t.contractValue(), t.currency())),
                Map.entry("start", dates.format(t.start())), Map.entry("end", dates.format(t.end())),
                Map.entry("stewardship", t.stewardshipStatement()));
        String filled = line;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return filled;
    }

    private static void footers(PDDocument document, PageWriter fonts, ContractTerms terms, String fingerprint,
                                Labels labels) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footerLine(footer, fonts, labels.get("reference") + ": " + Safe.text(terms.reference(), fonts.regular)
                        + " · " + labels.get("page", i + 1, pages), PageWriter.MARGIN / 2 + 12);
                footerLine(footer, fonts, labels.get("fingerprint") + ": " + fingerprint, PageWriter.MARGIN / 2);
            }
        }
    }

    private static void footerLine(PDPageContentStream footer, PageWriter fonts, String text, float y)
            throws IOException {
        footer.beginText();
        footer.setFont(fonts.regular, 7);
        footer.newLineAtOffset(PageWriter.MARGIN, y);
        footer.showText(text);
        footer.endText();
    }

    private static void describe(PDDocument document, ContractTerms terms) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(terms.kind() + " " + terms.reference());
        info.setSubject(terms.chainName());
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        fixed.setTimeInMillis(0);
        info.setCreationDate(fixed);
    }

    private static String template(ContractTerms terms) throws IOException {
        String name = "/templates/" + (terms.kind() == ContractTerms.DocumentKind.LEAD_CONTRACT ? "lead-contract"
                : "partner-agreement") + "." + Labels.code(terms.language()) + ".txt";
        try (InputStream in = ContractRenderer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String money(BigDecimal amount, String currency) {
        if (!"GBP".equals(currency)) {
            return amount.toPlainString() + " " + currency;
        }
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
