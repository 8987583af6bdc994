package org.hallkiosk.content;

/** A file an item names, by the SHA-256 of its bytes. */
public record Attachment(String sha256, String name, AttachmentRole role) {
}
