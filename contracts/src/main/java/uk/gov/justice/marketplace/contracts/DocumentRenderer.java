package uk.gov.justice.marketplace.contracts;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one way this module writes a document, a contract or a letter: a Thymeleaf XHTML template
 * (resources/templates/NAME.xhtml, laid out by templates/document.xhtml) filled from a model, then laid out as A4
 * PDF by openhtmltopdf on PDFBox. Headings, paragraphs and tables (a header row repeated on every page, money
 * right-aligned) come from the template's markup and the shared style; words around the figures come from the
 * labels (templates/labels.LANG.properties, written #{key} in a template); {@code fmt} in every model formats
 * money, dates and percentages. A model with a {@code reference} (and optionally a {@code fingerprint}) gets them on
 * every page with "page X of Y". Text stays extractable and DejaVu Sans is embedded, so Welsh letters are kept;
 * characters the font cannot draw become '?' and control characters spaces, so untrusted text never breaks a page.
 */
public final class DocumentRenderer {

    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = Fonts.bytes(Fonts.REGULAR);
    private static final byte[] BOLD = Fonts.bytes(Fonts.BOLD);

    static {
        // openhtmltopdf reports every stage of every document at INFO on standard error; only problems matter.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final TemplateEngine engine = new TemplateEngine();

    public DocumentRenderer() {
        ClassLoaderTemplateResolver templates =
                new ClassLoaderTemplateResolver(DocumentRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".xhtml");
        templates.setTemplateMode(TemplateMode.XML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new Labels.Resolver());
    }

    /** A document as a PDF and how many pages it has. */
    public record RenderedDocument(byte[] pdf, int pages) {}

    public RenderedDocument render(String template, ContractTerms.Language language, Map<String, ?> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("fmt", new Formats(language));
        Object reference = model.get("reference");
        if (reference != null) {
            values.put("footer", footer(new Labels(language), reference.toString(), model.get("fingerprint")));
        }
        String xhtml = Safe.text(engine.process(template, new Context(Labels.locale(language), values)));
        return pdf(xhtml);
    }

    private static RenderedDocument pdf(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFont(
                () -> new ByteArrayInputStream(REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        // Everything a document shows is in its template and fonts: nothing is ever fetched from a file or the network.
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Marketplace for Rehabilitation Services");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument document = renderer.createPDFKeepOpen();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // As before the change to templates: the file does not record when it was written, only what it says.
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(0);
            document.getDocumentInformation().setCreationDate(fixed);
            document.getDocumentInformation().setModificationDate(fixed);
            document.save(out);
            return new RenderedDocument(out.toByteArray(), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSS content of every page's footer: the reference, "page X of Y" (the label's {0} and {1} become the
     * page counters) and the fingerprint on a second line. Values are quoted as CSS strings, so no reference can end
     * the string and add style of its own.
     */
    static String footer(Labels labels, String reference, Object fingerprint) {
        String line =
                labels.get("reference") + ": " + Safe.line(reference) + " · " + labels.get("page", "\u0001", "\u0002");
        if (fingerprint != null) {
            line += "\n" + labels.get("fingerprint") + ": " + Safe.line(fingerprint.toString());
        }
        String quoted = '"' + line.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\A ") + '"';
        return quoted.replace("\u0001", "\" counter(page) \"").replace("\u0002", "\" counter(pages) \"");
    }

    /** The embedded fonts, read once. */
    static final class Fonts {
        static final String REGULAR = "/fonts/DejaVuSans.ttf";
        static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

        private Fonts() {}

        static byte[] bytes(String resource) {
            try (InputStream in = DocumentRenderer.class.getResourceAsStream(resource)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
