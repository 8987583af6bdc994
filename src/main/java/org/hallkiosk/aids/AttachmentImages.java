package org.hallkiosk.aids;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.mirror.FileStore;

/**
 * Image attachments (图解, blank forms, samples) from the mirror's file store. A large image is read with
 * every n-th pixel so that its longer side fits the limit, so a 100-megapixel scan shows instead of
 * exhausting the memory.
 */
public final class AttachmentImages {

    /** Longer side a kiosk ever needs: a 4K screen at full zoom. */
    public static final int DEFAULT_MAX_SIDE = 4096;

    private AttachmentImages() {
    }

    public static BufferedImage load(FileStore files, Attachment attachment, int maxSide) throws AidException {
        return load(storedFile(files, attachment), attachment.name(), maxSide);
    }

    static BufferedImage load(Path file, String name, int maxSide) throws AidException {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be at least 1");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new AidException("aids.image.broken", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (longer + maxSide - 1) / maxSide;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new AidException(e, "aids.image.broken", name);
        }
    }

    /** The attachment's file in the store; a clear message when the mirror does not hold it. */
    static Path storedFile(FileStore files, Attachment attachment) throws AidException {
        Path p = files.path(attachment.sha256());
        if (!Files.isRegularFile(p)) {
            throw new AidException("aids.attachment.missing", attachment.name());
        }
        return p;
    }
}
