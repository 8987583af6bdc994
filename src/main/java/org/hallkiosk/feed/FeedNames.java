package org.hallkiosk.feed;

import java.util.regex.Pattern;

/** The shapes of names a feed may use. Nothing from a feed becomes a path until it passes these. */
public final class FeedNames {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.json.sig";
    public static final String ITEMS_DIR = "items";
    public static final String FILES_DIR = "files";

    /** The feed contract's bound on manifest.json. */
    public static final long CONTRACT_MANIFEST_BYTES = 32L * 1024 * 1024;
    /**
     * The bound this kiosk holds: the contract's, unless a run raises it by name ({@code
     * -Dhallkiosk.maxManifestMiB=64}). A province's 200,000 items and 20,000 attachments make a manifest of
     * about 36 MB, which the contract does not allow yet; the scale benchmark raises it and says so.
     */
    public static final long MAX_MANIFEST_BYTES = Math.max(CONTRACT_MANIFEST_BYTES,
            Long.getLong("hallkiosk.maxManifestMiB", 32L) * 1024 * 1024);
    public static final long MAX_ITEM_BYTES = 4L * 1024 * 1024;
    public static final long MAX_SIGNATURE_BYTES = 4 * 1024;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private FeedNames() {
    }

    public static boolean isValidId(String id) {
        // ".." passes the pattern's characters, so refuse it by name as well.
        return id != null && ID.matcher(id).matches() && !id.contains("..");
    }

    public static boolean isValidSha256(String hash) {
        return hash != null && SHA256.matcher(hash).matches();
    }

    public static String itemPath(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a feed id: " + id);
        }
        return ITEMS_DIR + "/" + id + ".json";
    }

    public static String filePath(String sha256) {
        if (!isValidSha256(sha256)) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return FILES_DIR + "/" + sha256;
    }
}
