package uk.gov.justice.marketplace.common.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an API operation may answer besides success, for the OpenAPI document: every failure is a {@link Problem}
 * in application/problem+json. Put on a controller (every operation) or an operation; the generator reads them as
 * if the swagger annotations they carry were written there.
 */
public final class ProblemAnswers {

    private ProblemAnswers() {}

    /** Needs a user's bearer token (never the session cookie); refused by role or organisation with 403. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "bearer")
    @ApiResponse(
            responseCode = "401",
            description = "No bearer token, or one that is unknown, expired or revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The token's user may not do this (its role or organisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "503",
            description = "The service cannot answer just now (its database or search "
                    + "engine is unavailable, or every PDF worker is busy); try again after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NeedsToken {}

    /**
     * Open to anyone: no token needed (one sent is not looked at). The empty requirement is how OpenAPI says so:
     * an operation without any would inherit nothing and read as undocumented.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "")
    @ApiResponse(
            responseCode = "503",
            description = "The service cannot answer just now (its database is "
                    + "unavailable); try again after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NoToken {}

    /** Takes input (a body, a query or path parameter) that can be unreadable or refused. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "400",
            description = "The request could not be read: malformed JSON, or a "
                    + "parameter of the wrong type (errors[].field names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Refused answers: errors[] names each field with the reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface RefusesInput {}

    /** Names something (by path or in the body) that may not exist, or that the caller may not see. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "404",
            description = "Nothing by that name or id (errors[].field names which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface FindsByName {}

    /** Changes something whose state may no longer allow it (decided, closed, already signed). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "409",
            description = "Its current state does not allow this (detail says why)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflicts {}
}
