package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void a_stored_name_cannot_break_out_of_the_header() {
        String header = Downloads.contentDisposition("report\".pdf\r\nSet-Cookie: x=y;.pdf", ".pdf");

        assertThat(header).doesNotContain("\r", "\n").startsWith("attachment; filename=\"report_.pdf");
        assertThat(header.substring(header.indexOf("filename=\"") + 10, header.indexOf("\";")))
                .doesNotContain("\"", ";");
    }

    @Test
    void a_welsh_name_is_kept_exactly_for_browsers_that_read_it() {
        String header = Downloads.contentDisposition("Adroddiad Llŷr.pdf", ".pdf");

        assertThat(header)
                .isEqualTo(
                        "attachment; filename=\"Adroddiad Ll_r.pdf\"; " + "filename*=UTF-8''Adroddiad%20Ll%C5%B7r.pdf");
    }

    @Test
    void the_saved_file_always_has_its_type() {
        assertThat(Downloads.contentDisposition("notes.exe", ".pdf")).contains("filename=\"notes.exe.pdf\"");
    }
}
