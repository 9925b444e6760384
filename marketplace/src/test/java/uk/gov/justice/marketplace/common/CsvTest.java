package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\")", "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote(String cell) {
        String line = Csv.of("name", Stream.of(List.of(cell))).split("\r\n", 2)[1];

        assertThat(line.replaceFirst("^\"", "")).startsWith("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gwent Women's Centre", "Tai Cymru; Housing", "1 Main Street"})
    void ordinary_text_is_left_alone(String cell) {
        assertThat(Csv.of("name", Stream.of(List.of(cell)))).isEqualTo("name\r\n" + cell + "\r\n");
    }
}
