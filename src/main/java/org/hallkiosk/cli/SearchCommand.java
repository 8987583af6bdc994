package org.hallkiosk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.MirrorException;
import org.hallkiosk.mirror.Search;
import org.hallkiosk.mirror.SearchFilter;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.mirror.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search}: the kiosk's search from the command line, for staff checking what a visitor would find and
 * for scripts. It does not count as a visitor's search: nothing is written to the usage log.
 * Exit 0 the search ran (with or without results), 1 the config or the mirror could not be read, 2 usage.
 */
@Command(name = "search", description = "Search the mirrored content as a visitor would (hanzi, pinyin, initials,"
        + " document or index numbers).")
public final class SearchCommand implements Callable<Integer> {

    static final int USAGE = 2;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "what to look for")
    String query;

    @Option(names = "--stdin", description = "read one query a line from standard input, answer each in turn")
    boolean stdin;

    @Option(names = "--json", description = "print a JSON array of {id, type, title, snippet}, best first")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "at most N results (default ${DEFAULT-VALUE})")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        if ((query == null) == !stdin || limit < 1) {
            System.err.println(Messages.get("search.usage"));
            return USAGE;
        }
        KioskConfig config = common.config();
        if (config == null) {
            return 1;
        }
        // JSON is UTF-8 whatever the terminal's locale.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Mirror opened = common.openExistingMirror(config);
        if (opened == null) {
            return 1;
        }
        try (Mirror mirror = opened) {
            Search search = mirror.search();
            if (!stdin) {
                print(out, search.search(query, SearchFilter.ALL, limit));
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                print(out, search.search(line, SearchFilter.ALL, limit));
            }
            return 0;
        } catch (MirrorException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private void print(PrintStream out, SearchResults results) throws JsonProcessingException {
        if (json) {
            out.println(toJson(results));
            return;
        }
        if (results.hits().isEmpty()) {
            out.println(Messages.get("search.none", results.query()));
            if (!results.didYouMean().isEmpty()) {
                out.println(Messages.get("search.didYouMean", String.join(" | ", results.didYouMean())));
            }
        }
        int n = 1;
        for (SearchHit hit : results.hits()) {
            out.println(Messages.get("search.hit", n++, Messages.get("type." + hit.item().type().code()),
                    hit.item().title(), hit.item().id()));
            // 【】 since a terminal has no bold we can count on
            out.println("   " + hit.markedSnippet("【", "】"));
        }
        if (stdin) {
            out.println();
        }
    }

    /** A compact line of JSON: the array the issue asks for, best first. */
    static String toJson(SearchResults results) throws JsonProcessingException {
        ArrayNode array = FeedJson.MAPPER.createArrayNode();
        for (SearchHit hit : results.hits()) {
            array.addObject().put("id", hit.item().id()).put("type", hit.item().type().code())
                    .put("title", hit.item().title()).put("snippet", hit.snippet());
        }
        return FeedJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(array);
    }
}
