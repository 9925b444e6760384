package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every file the service hands out (PDFs, CSVs), from the portal and the API alike: saved rather than shown, never
 * kept by a browser or proxy cache (a shared computer's next user must not find a client's evidence), and named
 * so that no stored file name can break out of the header.
 */
public final class Downloads {

    private static final MediaType PDF = MediaType.of("application/pdf");
    private static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private Downloads() {}

    public static MutableHttpResponse<byte[]> pdf(byte[] content, String fileName) {
        return attachment(HttpResponse.ok(content).contentType(PDF), fileName, ".pdf");
    }

    public static MutableHttpResponse<String> csv(String content, String fileName) {
        return attachment(HttpResponse.ok(content).contentType(CSV), fileName, ".csv");
    }

    /** An ASCII name for every browser plus the exact one (RFC 6266 filename*), both ending in the right type. */
    static String contentDisposition(String fileName, String extension) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            name = name + extension;
        }
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    private static <T> MutableHttpResponse<T> attachment(
            MutableHttpResponse<T> response, String fileName, String extension) {
        return response.header("Content-Disposition", contentDisposition(fileName, extension))
                .header("Cache-Control", "no-store");
    }
}
