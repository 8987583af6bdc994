package org.hallkiosk.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hallkiosk.mirror.Mirror;

/** What a mirror shows, to compare before and after a failed sync: the sequence and every item's hash. */
public record MirrorSnapshot(long sequence, Map<String, String> items, Set<String> files) {

    public static MirrorSnapshot of(Mirror mirror) {
        return new MirrorSnapshot(mirror.items().sequence(), new TreeMap<>(mirror.items().itemHashes()),
                new TreeSet<>(mirror.items().fileHashes()));
    }
}
