package org.hallkiosk.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.i18n.Messages;

/**
 * The one Jackson mapper of the feed, and strict JSON parsing that refuses with the file's name: UTF-8 only
 * (no byte-order mark, no UTF-16 or UTF-32, no malformed bytes), no duplicated key, nothing after the object.
 * A refusal says where and what in the reader's language; Jackson's own English never reaches a person.
 */
public final class FeedJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private FeedJson() {
    }

    /** Parses {@code bytes} as one JSON object, or refuses naming {@code where} and the place of the error. */
    public static JsonNode parseObject(byte[] bytes, String where) throws FeedException {
        strictUtf8(bytes, where);
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new FeedException(e, "feed.invalidJson", where, line(e.getLocation()), explain(e));
        } catch (IOException e) {
            throw new FeedException(e, "feed.invalidJson", where, "?", Messages.get("json.syntax"));
        }
        if (node == null || !node.isObject()) {
            throw new FeedException("feed.notObject", where);
        }
        return node;
    }

    /**
     * Refuses {@code bytes} unless they are UTF-8 without a byte-order mark. Checked here, byte by byte, so
     * that Jackson then parses the bytes themselves: decoding them to a String first cost a copy of every item.
     */
    private static void strictUtf8(byte[] bytes, String where) throws FeedException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new FeedException("feed.invalidJson", where, "1", Messages.get("json.bom"));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new FeedException("feed.invalidJson", where, "1", Messages.get("json.bom"));
        }
        int bad = Utf8.firstInvalid(bytes);
        if (bad >= 0) {
            throw new FeedException("feed.invalidJson", where, "?", Messages.get("json.notUtf8"));
        }
        // UTF-16 or UTF-32 without a mark is valid UTF-8 with NUL characters, which JSON never holds.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new FeedException("feed.invalidJson", where, lineOf(bytes, i), Messages.get("json.notUtf8"));
            }
        }
    }

    private static String lineOf(byte[] bytes, int index) {
        long lines = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return Long.toString(lines);
    }

    private static String line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "?" : Integer.toString(at.getLineNr());
    }

    /** What went wrong, in the reader's words. */
    private static String explain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return Messages.get("json.duplicateKey", duplicate.group(1));
        }
        if (e instanceof InputCoercionException) {
            return Messages.get("json.numberTooLarge");
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return Messages.get("json.truncated");
        }
        if (original.startsWith("Trailing token")) {
            return Messages.get("json.trailing");
        }
        return Messages.get("json.syntax");
    }
}
