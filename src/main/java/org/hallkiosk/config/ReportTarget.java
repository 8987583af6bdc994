package org.hallkiosk.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a kiosk puts its report for the fleet view ({@code report} in kiosk.yaml): a folder on any server
 * that accepts HTTP PUT, and the file holding the user and password for it, if the server asks for one.
 *
 * @param folder the folder's address, ending in {@code /}
 * @param credentials a file of one line {@code user:password}, only its owner may read it (0600); null for none
 */
public record ReportTarget(URI folder, Path credentials) {

    /** The address of this kiosk's report: {@code <folder><kiosk_id>.json}. */
    public URI reportFor(String kioskId) {
        return folder.resolve(kioskId + ".json");
    }
}
