package uk.gov.justice.marketplace.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file and, for portal forms, the CSRF token, as a browser builds it. */
public record Multipart(String contentType, byte[] bytes) {

    public static Multipart of(String csrfToken, String field, String fileName, byte[] content) {
        String boundary = "----marketplace" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfToken != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n"
                            + csrfToken + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
