package org.hallkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The program's version as Maven built it (pom.xml's version), for the fleet report and {@code status}. */
public final class AppVersion {

    private static final Logger LOG = Logger.getLogger(AppVersion.class.getName());
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/hallkiosk/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "version.properties unreadable", e);
        }
        return "unknown";
    }
}
