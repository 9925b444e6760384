package uk.gov.justice.marketplace.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Real PDFs for upload tests, made with PDFBox: ordinary ones, and ones crafted to be expensive to read. */
public final class Pdfs {

    private Pdfs() {}

    public static byte[] justiceDataLabReport() throws IOException {
        return withText("Justice Data Lab: one-year proven reoffending 21.5% against 29.0% in the control group");
    }

    public static byte[] withText(String line) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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

    /**
     * A few kilobytes that ask for 10^9 text operations: a form that draws the one below it ten times, nine levels
     * deep, with a word of text at the bottom. Read naively, its text would take hours.
     */
    public static byte[] nestedForms() throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFormXObject level = form(document, new PDResources(), null);
            for (int depth = 0; depth < 9; depth++) {
                level = form(document, new PDResources(), level);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(level);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDFormXObject form(PDDocument document, PDResources resources, PDFormXObject below)
            throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(100, 100));
        form.setResources(resources);
        String content;
        if (below == null) {
            content = "BT /"
                    + resources
                            .add(new PDType1Font(Standard14Fonts.FontName.HELVETICA))
                            .getName() + " 12 Tf 10 10 Td (slow) Tj ET";
        } else {
            content = ("/" + resources.add(below).getName() + " Do\n").repeat(10);
        }
        try (OutputStream stream = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            stream.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    public static byte[] pages(int count) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 0; n < count; n++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
