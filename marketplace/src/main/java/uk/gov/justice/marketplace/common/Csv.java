package uk.gov.justice.marketplace.common;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Open data as CSV (RFC 4180): a header line, then one line per row, CRLF line ends. */
public final class Csv {

    private Csv() {}

    public static String of(String header, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header), rows.map(Csv::line)).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    /**
     * Quoted when needed; a leading =, +, -, @, tab or carriage return is defused so a spreadsheet never runs it as
     * a formula (OWASP CSV injection: some spreadsheets skip a leading tab or CR and read the formula after it).
     */
    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
