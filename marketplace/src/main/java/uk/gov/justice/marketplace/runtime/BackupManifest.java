package uk.gov.justice.marketplace.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a backup holds, written last into it: when it was made, by which version of the service, at which schema
 * version, and for every table its columns, its row count and the SHA-256 of its data, so that a restore can refuse
 * a damaged or altered backup before it loads anything, and check afterwards that every row arrived.
 */
record BackupManifest(
        Instant madeAt,
        String serviceVersion,
        String schemaVersion,
        String postgresVersion,
        Map<String, Table> tables,
        Map<String, String> sha256ByEntry) {

    static final String ENTRY = "manifest.properties";
    static final String CHECKPOINT_KEY_ENTRY = "audit-checkpoint-key";
    private static final String FORMAT = "marketplace-backup-1";

    record Table(List<String> columns, long rows) {}

    static String entryOf(String table) {
        return "tables/" + table + ".copy";
    }

    /** Sorted lines, one fact each, readable by an operator with unzip -p. */
    String text() {
        StringBuilder text = new StringBuilder("# Marketplace backup: the data entries' SHA-256 and row counts\n");
        line(text, "format", FORMAT);
        line(text, "made-at", madeAt.toString());
        line(text, "service-version", serviceVersion);
        line(text, "schema-version", schemaVersion);
        line(text, "postgresql", postgresVersion);
        line(text, "tables", String.join(",", tables.keySet()));
        tables.forEach((name, table) -> {
            line(text, "table." + name + ".columns", String.join(",", table.columns()));
            line(text, "table." + name + ".rows", Long.toString(table.rows()));
        });
        sha256ByEntry.forEach((entry, hash) -> line(text, "sha256." + entry, hash));
        return text.toString();
    }

    static BackupManifest readFrom(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(ENTRY);
        if (entry == null) {
            throw new BackupRefused(name + " is not a marketplace backup: it has no " + ENTRY);
        }
        Properties lines = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            lines.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new BackupRefused(name + " is damaged: its " + ENTRY + " cannot be read (" + e.getMessage() + ")");
        }
        if (!FORMAT.equals(lines.getProperty("format"))) {
            throw new BackupRefused(name + " is not a backup this version can read (format "
                    + lines.getProperty("format") + ", expected " + FORMAT + ")");
        }
        try {
            Map<String, Table> tables = new LinkedHashMap<>();
            for (String table : required(lines, "tables").split(",")) {
                tables.put(
                        table,
                        new Table(
                                Arrays.asList(required(lines, "table." + table + ".columns")
                                        .split(",")),
                                Long.parseLong(required(lines, "table." + table + ".rows"))));
            }
            Map<String, String> hashes = new LinkedHashMap<>();
            lines.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("sha256."))
                    .sorted()
                    .forEach(key -> hashes.put(key.substring("sha256.".length()), lines.getProperty(key)));
            return new BackupManifest(
                    Instant.parse(required(lines, "made-at")),
                    required(lines, "service-version"),
                    required(lines, "schema-version"),
                    required(lines, "postgresql"),
                    tables,
                    hashes);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BackupRefused(name + " has a damaged " + ENTRY + ": " + e.getMessage());
        }
    }

    /**
     * Every entry is read through once before anything is loaded: a backup with an entry missing, added, cut short
     * or changed by a single byte is refused whole, rather than restored in part.
     */
    void verify(ZipFile zip, String name) {
        for (String table : tables.keySet()) {
            if (!sha256ByEntry.containsKey(entryOf(table))) {
                throw new BackupRefused(name + " is damaged or altered: no checksum for table " + table);
            }
        }
        zip.stream()
                .filter(entry -> !entry.getName().equals(ENTRY) && !sha256ByEntry.containsKey(entry.getName()))
                .findFirst()
                .ifPresent(extra -> {
                    throw new BackupRefused(name + " has been altered: " + extra.getName() + " is not in its manifest");
                });
        sha256ByEntry.forEach((entryName, expected) -> {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new BackupRefused(name + " is incomplete: " + entryName + " is missing");
            }
            String actual;
            try (InputStream in = zip.getInputStream(entry)) {
                actual = sha256(in);
            } catch (IOException e) {
                throw new BackupRefused(
                        name + " is damaged: " + entryName + " cannot be read (" + e.getMessage() + ")");
            }
            if (!actual.equals(expected)) {
                throw new BackupRefused(
                        name + " is damaged or altered: " + entryName + " does not match the SHA-256 in its manifest");
            }
        });
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, newDigest());
        digesting.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    private static String required(Properties lines, String key) {
        String value = lines.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new BackupRefused("The backup's " + ENTRY + " has no " + key);
        }
        return value;
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }
}
