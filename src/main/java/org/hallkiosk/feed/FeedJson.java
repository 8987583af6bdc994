package org.hallkiosk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** The one Jackson mapper of the feed, and JSON parsing that refuses with the file's name. */
public final class FeedJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private FeedJson() {
    }

    /** Parses {@code bytes} as one JSON object, or refuses naming {@code where} and the place of the error. */
    public static JsonNode parseObject(byte[] bytes, String where) throws FeedException {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new FeedException(e, "feed.invalidJson", where, at, e.getOriginalMessage());
        } catch (IOException e) {
            throw new FeedException(e, "feed.invalidJson", where, "?", e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new FeedException("feed.notObject", where);
        }
        return node;
    }
}
