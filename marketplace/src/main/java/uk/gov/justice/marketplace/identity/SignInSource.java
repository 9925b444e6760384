package uk.gov.justice.marketplace.identity;

import java.util.Locale;

/**
 * Where a sign-in comes from, as throttling counts it: an IPv4 address, or the /64 network of an IPv6 address
 * (one household or server gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
record SignInSource(String value) {

    static final SignInSource UNKNOWN = new SignInSource("unknown");

    static SignInSource of(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = address.trim().toLowerCase(Locale.ROOT);
        if (!trimmed.contains(":")) {
            return new SignInSource(trimmed);
        }
        if (trimmed.contains(".")) {
            // An IPv4 address written as IPv6 (::ffff:192.0.2.1) is that IPv4 address.
            return new SignInSource(trimmed.substring(trimmed.lastIndexOf(':') + 1));
        }
        String[] groups = expand(trimmed.replaceAll("%.*$", "").replaceAll("^\\[|]$", ""));
        return new SignInSource(
                groups == null ? trimmed : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64");
    }

    /** The eight groups of an IPv6 address written with or without "::", or null if it is not one. */
    private static String[] expand(String address) {
        String[] halves = address.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        int missing = 8 - head.length - tail.length;
        if (missing < 0 || (halves.length == 1 && missing != 0)) {
            return null;
        }
        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            String group =
                    i < head.length ? head[i] : i < head.length + missing ? "0" : tail[i - head.length - missing];
            groups[i] = group.isEmpty() ? "0" : group.replaceFirst("^0+(?=.)", "");
        }
        return groups;
    }
}
