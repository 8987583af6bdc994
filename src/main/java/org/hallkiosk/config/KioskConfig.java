package org.hallkiosk.config;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Locale;

/**
 * The hall's settings from {@code kiosk-config/kiosk.yaml}, checked and with paths resolved.
 *
 * @param configDir the folder the settings came from (null for the built-in default)
 * @param feedLocation an http(s) URL, a folder, a .zip, or {@code builtin:sample-feed}
 * @param dataDir where the mirror lives
 * @param usbMountRoot where USB drives appear (e.g. /media), watched for feeds
 * @param readAloud which speech engine reads items aloud
 * @param syncDeadline the longest one sync may take before it is stopped (超时)
 * @param screenSize the kiosk's screen, for previews and screenshots ({@code screen_size})
 * @param kioskId this kiosk's name in the fleet view ({@code kiosk_id}); null when not set
 * @param report where the kiosk reports its state for the fleet view; null when {@code report.url} is not set
 * @param layoutGroup the layout group whose layout this kiosk takes from the feed; null when not set
 */
public record KioskConfig(Path configDir, String hallName, Locale locale, String feedLocation, PublicKey publisherKey,
                          Path dataDir, Duration syncInterval, Duration syncJitter, Path usbMountRoot,
                          ReadAloudSetting readAloud, Duration syncDeadline, DisplaySize screenSize,
                          String kioskId, ReportTarget report, String layoutGroup) {

    /** The same settings placed in another config and data folder (the last good copy, a --data override). */
    public KioskConfig placed(Path otherConfigDir, Path otherDataDir) {
        return new KioskConfig(otherConfigDir, hallName, locale, feedLocation, publisherKey, otherDataDir,
                syncInterval, syncJitter, usbMountRoot, readAloud, syncDeadline, screenSize, kioskId, report,
                layoutGroup);
    }
}
