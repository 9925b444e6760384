package uk.gov.justice.marketplace.portal;

/** What the page layout needs on every page: who is signed in, where they are, and in which language. */
public record PortalShell(
        boolean signedIn,
        String userName,
        String organisationName,
        String dashboardPath,
        String currentPath,
        String language) {}
