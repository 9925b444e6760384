package uk.gov.justice.marketplace.support;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Real one-page PDFs for upload tests, made with PDFBox. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] justiceDataLabReport() throws IOException {
        return withText("Justice Data Lab: one-year proven reoffending 21.5% against 29.0% in the control group");
    }

    public static byte[] withText(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
