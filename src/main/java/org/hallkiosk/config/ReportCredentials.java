package org.hallkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The user and password a kiosk sends with its report (HTTP Basic), read from the 0600 file
 * {@code report.credentials} names each time a report goes out, so a changed password needs no restart. Its
 * {@link #toString()} never shows the password.
 */
public final class ReportCredentials {

    private final String user;
    private final String password;

    private ReportCredentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** One line {@code user:password} (a trailing line break allowed); null when the bytes are not that. */
    public static ReportCredentials parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.contains("\n") || text.contains("\r")) {
            return null;
        }
        return new ReportCredentials(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Reads the file again (it is checked at load; a file broken since then is an I/O problem here). */
    public static ReportCredentials read(Path file) throws IOException {
        if (Files.size(file) > ConfigLoader.MAX_CREDENTIALS_BYTES) {
            throw new IOException("credentials file too large: " + file);
        }
        ReportCredentials c = parse(Files.readAllBytes(file));
        if (c == null) {
            throw new IOException("credentials file is not one line user:password: " + file);
        }
        return c;
    }

    /** The value of an {@code Authorization} header. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ReportCredentials[" + user + ":***]";
    }
}
