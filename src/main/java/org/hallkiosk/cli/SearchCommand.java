package org.hallkiosk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
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

    @Option(names = "--stdin", description = "read one query a line from standard input, answer each in turn"
            + " (a line is read up to " + MAX_LINE + " characters; the rest of it is skipped)")
    boolean stdin;

    @Option(names = "--json", description = "print one JSON object a query: {query, understood, expanded, relaxed,"
            + " dropped, results: [{id, type, title, snippet}] best first, suggestions, hotlines}")
    boolean json;

    /** More than a query can mean; what search reads of it is far less (TextNormalizer.MAX_CHARS). */
    static final int MAX_LINE = 4096;

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
        Layout layout = layout();
        Mirror opened = common.openExistingMirror(config);
        if (opened == null) {
            return 1;
        }
        try (Mirror mirror = opened) {
            Search search = mirror.search();
            if (!stdin) {
                print(out, search.search(query, SearchFilter.ALL, limit), layout);
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = readLine(in); line != null; line = readLine(in)) {
                print(out, search.search(line, SearchFilter.ALL, limit), layout);
            }
            return 0;
        } catch (MirrorException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** The hall's hot searches and hotlines, for what to offer when nothing is found: the config's, else built in. */
    private Layout layout() {
        try {
            return LayoutLoader.load(common.configDir);
        } catch (ConfigException e) {
            return LayoutLoader.builtIn();
        }
    }

    /** One line, at most {@link #MAX_LINE} characters of it; null at the end of the input. */
    static String readLine(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (sb.length() < MAX_LINE) {
                sb.append((char) c);
            }
            c = in.read();
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
    }

    private void print(PrintStream out, SearchResults results, Layout layout) throws JsonProcessingException {
        if (json) {
            out.println(toJson(results, layout));
            return;
        }
        if (results.relaxed()) {
            out.println(Messages.get("search.relaxed", String.join(" ", results.understood())));
        }
        if (results.hits().isEmpty()) {
            out.println(Messages.get("search.none", results.query()));
            if (!results.didYouMean().isEmpty()) {
                out.println(Messages.get("search.didYouMean", String.join(" | ", results.didYouMean())));
            } else if (!layout.hotSearches().isEmpty()) {
                out.println(Messages.get("search.tryHot", String.join(" | ", layout.hotSearches())));
            }
            for (Layout.Hotline h : layout.hotlines()) {
                out.println(Messages.get("search.hotline", h.label(), h.number()));
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

    /**
     * One compact line of JSON a query: what was understood, whether words were dropped, the results best first,
     * and, when nothing was found, suggestions (titles it may have meant, else the hall's hot searches) and
     * the hall's hotlines.
     */
    static String toJson(SearchResults results, Layout layout) throws JsonProcessingException {
        ObjectNode root = FeedJson.MAPPER.createObjectNode();
        root.put("query", results.query());
        ArrayNode understood = root.putArray("understood");
        results.understood().forEach(understood::add);
        ObjectNode expanded = root.putObject("expanded");
        results.expanded().forEach((w, alts) -> alts.forEach(expanded.withArray(w)::add));
        root.put("relaxed", results.relaxed());
        ArrayNode dropped = root.putArray("dropped");
        results.dropped().forEach(dropped::add);
        ArrayNode array = root.putArray("results");
        for (SearchHit hit : results.hits()) {
            array.addObject().put("id", hit.item().id()).put("type", hit.item().type().code())
                    .put("title", hit.item().title()).put("snippet", hit.snippet());
        }
        ArrayNode suggestions = root.putArray("suggestions");
        ArrayNode hotlines = root.putArray("hotlines");
        if (results.hits().isEmpty()) {
            (results.didYouMean().isEmpty() ? layout.hotSearches() : results.didYouMean()).forEach(suggestions::add);
            for (Layout.Hotline h : layout.hotlines()) {
                hotlines.addObject().put("label", h.label()).put("number", h.number());
            }
        }
        return FeedJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(root);
    }
}
