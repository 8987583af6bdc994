package org.hallkiosk.content;

/**
 * One entry of a guide's 申请材料. {@code copies} is null when the guide does not say;
 * {@code blankForm} and {@code sample} are SHA-256 of attachments, or null.
 */
public record Material(String name, String form, Integer copies, boolean required, String source, String note,
                       String blankForm, String sample) {
}
