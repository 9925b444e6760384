package uk.gov.justice.marketplace.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Tables through the same templates as the contracts, read back as a PDF reader would: a schedule of prices long
 * enough for several pages, in English and Welsh, and a letter with every bidder's tender scores.
 */
class WritingTablesTest {

    record PriceLine(String service, String unit, BigDecimal price) {}

    record Tender(String bidder, int quality, int price, BigDecimal tenderedPrice) {}

    private final DocumentRenderer documents = new DocumentRenderer();

    @Test
    void a_long_schedule_of_prices_repeats_its_header_row_on_every_page_with_the_prices_right_aligned()
            throws IOException {
        DocumentRenderer.RenderedDocument schedule =
                documents.render("price-schedule.en", ContractTerms.Language.ENGLISH, schedule(120));

        assertThat(schedule.pages()).isGreaterThan(2);
        List<String> pages = pages(schedule.pdf());
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1))
                    .as("page %d", page)
                    .contains(
                            "Service Unit Price a unit",
                            "Reference: RC-2027-0007 · Page " + page + " of " + schedule.pages());
        }
        String text = String.join(" ", pages);
        assertThat(text)
                .contains(
                        "Schedule of prices",
                        "Canolfan Dŵr Women's Centre will charge these prices",
                        "from 1 April 2027",
                        "Accommodation support, session 1 Hour £45.50",
                        "Accommodation support, session 120 Hour £1,234,567.89",
                        "Prices exclude VAT.");
        assertThat(rightEdgesOfPrices(schedule.pdf())).hasSize(120).allSatisfy(edge -> assertThat(edge)
                .isCloseTo(rightEdgesOfPrices(schedule.pdf()).get(0), within(0.5f)));
    }

    @Test
    void a_welsh_schedule_of_prices_keeps_its_welsh_letters_in_the_table_and_the_footer() throws IOException {
        Map<String, Object> model = new java.util.HashMap<>(schedule(60));
        model.put(
                "lines",
                List.of(
                        new PriceLine("Cymorth llety ŵyr ac wyresau", "Awr", new BigDecimal("45.5")),
                        new PriceLine("Gweithdy â chymorth ŷd", "Sesiwn", new BigDecimal("120"))));
        DocumentRenderer.RenderedDocument schedule =
                documents.render("price-schedule.cy", ContractTerms.Language.WELSH, model);

        String text = String.join(" ", pages(schedule.pdf()));
        assertThat(text)
                .contains(
                        "Atodlen prisiau",
                        "Gwasanaeth Uned Pris yr uned",
                        "Cymorth llety ŵyr ac wyresau Awr £45.50",
                        "Gweithdy â chymorth ŷd Sesiwn £120.00",
                        "o 1 Ebrill 2027",
                        "Cyfeirnod: RC-2027-0007 · Tudalen 1 o 1",
                        "Nid yw'r prisiau'n cynnwys TAW.");
    }

    @Test
    void a_tender_letter_shows_every_bidders_scores_and_marks_the_readers_own() throws IOException {
        DocumentRenderer.RenderedDocument letter = documents.render(
                "tender-scores.en",
                ContractTerms.Language.ENGLISH,
                Map.of(
                        "reference",
                        "DPS-2027-0003-CO-12",
                        "sent",
                        LocalDate.of(2027, 6, 14),
                        "bidder",
                        "Tai Cymru Housing",
                        "callOff",
                        "Accommodation support in Gwent",
                        "winner",
                        "Canolfan Dŵr Women's Centre",
                        "tenders",
                        List.of(
                                new Tender("Canolfan Dŵr Women's Centre", 52, 36, new BigDecimal("184000")),
                                new Tender("Tai Cymru Housing", 47, 40, new BigDecimal("171250.5")),
                                new Tender("<b>Bold</b> & Sons \u0007🚀", 30, 20, new BigDecimal("250000")))));

        String text = String.join(" ", pages(letter.pdf()));
        assertThat(text)
                .contains(
                        "14 June 2027",
                        "Dear Tai Cymru Housing,",
                        "Outcome of your tender for Accommodation support in Gwent",
                        "Bidder Quality (60) Price (40) Total (100) Tendered price",
                        "Canolfan Dŵr Women's Centre 52 36 88 £184,000.00",
                        "Tai Cymru Housing (you) 47 40 87 £171,250.50",
                        "<b>Bold</b> & Sons ? 30 20 50 £250,000.00",
                        "Canolfan Dŵr Women's Centre has been awarded",
                        "Reference: DPS-2027-0003-CO-12 · Page 1 of 1");
    }

    @Test
    void a_document_never_fetches_anything_from_outside_its_template_and_fonts() throws IOException {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            DocumentRenderer.RenderedDocument document =
                    documents.render("with-image.en", ContractTerms.Language.ENGLISH, Map.of("url", url));

            assertThat(String.join(" ", pages(document.pdf()))).contains("Logo");
            assertThat(fetched).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    /** A rate card's schedule of prices with this many lines, the last one the dearest. */
    static Map<String, Object> schedule(int lines) {
        List<PriceLine> prices = IntStream.rangeClosed(1, lines)
                .mapToObj(n -> new PriceLine(
                        "Accommodation support, session " + n,
                        "Hour",
                        n == lines
                                ? new BigDecimal("1234567.89")
                                : new BigDecimal("45.5").multiply(BigDecimal.valueOf(n))))
                .toList();
        return Map.of(
                "reference",
                "RC-2027-0007",
                "provider",
                ContractFixtures.PARTNER.name(),
                "from",
                LocalDate.of(2027, 4, 1),
                "lines",
                prices);
    }

    /** Each page's text as one line, so a row the layout split into cells reads as the row. */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** Where each printed price ends on its line, in points from the left edge. */
    private static List<Float> rightEdgesOfPrices(byte[] pdf) throws IOException {
        List<Float> edges = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int pound = text.indexOf('£');
                    if (pound >= 0 && positions.size() == text.length()) {
                        int end = text.indexOf(' ', pound);
                        TextPosition last = positions.get((end < 0 ? text.length() : end) - 1);
                        edges.add(last.getXDirAdj() + last.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
        }
        return edges;
    }
}
