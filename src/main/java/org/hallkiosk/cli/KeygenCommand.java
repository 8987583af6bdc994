package org.hallkiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code keygen}: writes PREFIX-private.pem and PREFIX-public.pem. */
@Command(name = "keygen", description = "Write a new Ed25519 key pair as PREFIX-private.pem and PREFIX-public.pem.")
public final class KeygenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PREFIX")
    String prefix;

    @Override
    public Integer call() throws Exception {
        Path privatePem = Path.of(prefix + "-private.pem");
        Path publicPem = Path.of(prefix + "-public.pem");
        for (Path p : new Path[] {privatePem, publicPem}) {
            if (Files.exists(p)) {
                System.err.println(Messages.get("keygen.exists", p));
                return 1;
            }
        }
        var pair = Ed25519Keys.generate();
        if (privatePem.toAbsolutePath().getParent() != null) {
            Files.createDirectories(privatePem.toAbsolutePath().getParent());
        }
        Files.writeString(privatePem, Ed25519Keys.toPem(pair.getPrivate()));
        try {
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply.
        }
        Files.writeString(publicPem, Ed25519Keys.toPem(pair.getPublic()));
        System.out.println(Messages.get("keygen.done", privatePem, publicPem));
        return 0;
    }
}
