package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn bar chart: an accessible image of the figures, well-formed whatever the labels say. */
class ChartSvgTest {

    static ChartSvg.Chart spendByFunder(String firstLabel) {
        return new ChartSvg.Chart(
                "spend-by-funder",
                "Spend by funder, 2026-27",
                "Committed and spent for each funder",
                List.of("Committed", "Spent"),
                List.of(
                        new ChartSvg.Row(
                                firstLabel,
                                List.of(new BigDecimal("6000"), new BigDecimal("3000")),
                                List.of("£6,000", "£3,000")),
                        new ChartSvg.Row(
                                "Probation Service",
                                List.of(new BigDecimal("4000"), new BigDecimal("2000")),
                                List.of("£4,000", "£2,000"))));
    }

    static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_chart_is_an_image_named_by_its_title_and_described() throws Exception {
        Element svg = parsed(ChartSvg.render(spendByFunder("Police and Crime Commissioner")))
                .getDocumentElement();

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("spend-by-funder-title spend-by-funder-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Spend by funder, 2026-27");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Committed and spent for each funder");
    }

    @Test
    void the_largest_figure_draws_the_longest_bar_and_the_others_in_proportion() throws Exception {
        NodeList rects = parsed(ChartSvg.render(spendByFunder("PCC"))).getElementsByTagName("rect");
        // two legend keys, then a bar per funder and series
        int committedPcc = Integer.parseInt(((Element) rects.item(2)).getAttribute("width"));
        int spentPcc = Integer.parseInt(((Element) rects.item(3)).getAttribute("width"));
        int committedProbation = Integer.parseInt(((Element) rects.item(4)).getAttribute("width"));

        assertThat(committedPcc).isEqualTo(350);
        assertThat(spentPcc).isEqualTo(175);
        assertThat(committedProbation).isEqualTo(233);
    }

    @Test
    void every_figure_and_series_is_written_on_the_chart() {
        String svg = ChartSvg.render(spendByFunder("PCC"));

        assertThat(svg).contains(">Committed<", ">Spent<", ">£6,000<", ">£2,000<", ">Probation Service<");
    }

    @Test
    void a_label_with_markup_in_it_is_written_as_text_and_the_chart_stays_well_formed() throws Exception {
        String svg = ChartSvg.render(spendByFunder("<script>alert('x')</script> & \"friends\""));

        Document chart = parsed(svg);
        assertThat(chart.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
    }

    @Test
    void a_chart_of_nothing_but_zeros_draws_empty_bars() throws Exception {
        var chart = new ChartSvg.Chart(
                "empty",
                "Nothing yet",
                "No spend",
                List.of("Spent"),
                List.of(new ChartSvg.Row("PCC", List.of(BigDecimal.ZERO), List.of("£0"))));

        NodeList rects = parsed(ChartSvg.render(chart)).getElementsByTagName("rect");
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("0");
    }

    @Test
    void a_row_without_a_value_for_every_series_is_refused() {
        assertThatThrownBy(() -> new ChartSvg.Chart(
                        "odd",
                        "t",
                        "d",
                        List.of("Committed", "Spent"),
                        List.of(new ChartSvg.Row("PCC", List.of(BigDecimal.ONE), List.of("£1")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
