package org.hallkiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.hallkiosk.feed.FeedJson;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Where {@code fleet} reads the kiosks' reports: a folder, or the http(s) address of the folder the kiosks PUT
 * to. Over HTTP the listing is asked for as WebDAV (PROPFIND, depth 1); a server that does not speak it is read
 * as nginx's autoindex, JSON ({@code autoindex_format json}) or the HTML page. Each report is read with a bound:
 * one over {@link KioskReport#MAX_BYTES} or that is not a report is refused with its file named, and the
 * others are still read.
 */
public final class FleetSource {

    /** One {@code *.json} of the folder: its report, or why it was refused. */
    public record Entry(String file, KioskReport report, FleetException problem) {
    }

    /** More reports than any city has kiosks is a wrong folder, not a fleet. */
    public static final int MAX_REPORTS = 10_000;
    static final int MAX_LISTING_BYTES = 16 * 1024 * 1024;
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final String PROPFIND = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<propfind xmlns=\"DAV:\"><prop><resourcetype/><getcontentlength/></prop></propfind>";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Reads every report at {@code source}; a source that cannot be listed at all is refused. */
    public List<Entry> read(String source) throws FleetException {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI folder = URI.create(source.endsWith("/") ? source : source + "/");
            List<Entry> out = new ArrayList<>();
            for (String name : listHttp(folder)) {
                out.add(entry(name, () -> fetch(child(folder, name), name)));
            }
            return out;
        }
        Path dir = Path.of(source);
        if (!Files.isDirectory(dir)) {
            throw new FleetException("fleet.noSource", source);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).filter(Files::isRegularFile)
                    .sorted().limit(MAX_REPORTS + 1L).toList();
        } catch (IOException e) {
            throw new FleetException(e, "fleet.unlistable", source, String.valueOf(e.getMessage()));
        }
        if (files.size() > MAX_REPORTS) {
            throw new FleetException("fleet.tooMany", source, Integer.toString(MAX_REPORTS));
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            out.add(entry(name, () -> {
                // the size first: an oversized file is refused before it is read
                if (Files.size(f) > KioskReport.MAX_BYTES) {
                    throw tooLarge(name, Files.size(f));
                }
                try (InputStream in = Files.newInputStream(f)) {
                    return bounded(in, name);
                }
            }));
        }
        return out;
    }

    private interface Bytes {
        byte[] get() throws IOException, FleetException, InterruptedException;
    }

    private static Entry entry(String name, Bytes bytes) {
        try {
            return new Entry(name, KioskReport.parse(bytes.get(), name), null);
        } catch (FleetException e) {
            return new Entry(name, null, e);
        } catch (IOException e) {
            return new Entry(name, null, new FleetException(e, "fleet.unreadable", name, e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Entry(name, null, new FleetException(e, "fleet.unreadable", name, "interrupted"));
        }
    }

    private static FleetException tooLarge(String name, long size) {
        return new FleetException("fleet.tooLarge", name, Long.toString(Math.max(1, size / 1024)),
                Integer.toString(KioskReport.MAX_BYTES / 1024));
    }

    /** At most MAX_BYTES + 1 bytes: one more than the bound is enough to refuse. */
    private static byte[] bounded(InputStream in, String name) throws IOException, FleetException {
        byte[] bytes = in.readNBytes(KioskReport.MAX_BYTES + 1);
        if (bytes.length > KioskReport.MAX_BYTES) {
            throw tooLarge(name, bytes.length + (long) in.available());
        }
        return bytes;
    }

    private static URI child(URI folder, String name) throws FleetException {
        try {
            return folder.resolve(new URI(null, null, name, null));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FleetException(e, "fleet.unreadable", name, "URI");
        }
    }

    private byte[] fetch(URI uri, String name) throws IOException, FleetException, InterruptedException {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) {
                throw new FleetException("fleet.httpStatus", name, Integer.toString(r.statusCode()));
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > KioskReport.MAX_BYTES) {
                throw tooLarge(name, declared);
            }
            return bounded(in, name);
        }
    }

    /** The {@code *.json} names in the folder: WebDAV first, else nginx's autoindex (JSON or HTML). */
    List<String> listHttp(URI folder) throws FleetException {
        try {
            HttpResponse<byte[]> dav = http.send(HttpRequest.newBuilder(folder).timeout(Duration.ofSeconds(60))
                    .header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8")
                    .method("PROPFIND", HttpRequest.BodyPublishers.ofString(PROPFIND)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (dav.statusCode() == 207) {
                return names(folder, davHrefs(dav.body(), folder));
            }
            HttpResponse<byte[]> index = http.send(HttpRequest.newBuilder(folder).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, text/html;q=0.9").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (index.statusCode() != 200) {
                throw new FleetException("fleet.unlistable", folder.toString(), "HTTP " + index.statusCode());
            }
            checkSize(index.body(), folder);
            String type = index.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("json")) {
                JsonNode list = FeedJson.MAPPER.readTree(index.body());
                List<String> hrefs = new ArrayList<>();
                if (list != null && list.isArray()) {
                    list.forEach(e -> {
                        if (e.path("type").asText().equals("file")) {
                            hrefs.add(e.path("name").asText());
                        }
                    });
                }
                return names(folder, hrefs);
            }
            List<String> hrefs = new ArrayList<>();
            Matcher m = HREF.matcher(new String(index.body(), StandardCharsets.UTF_8));
            while (m.find()) {
                hrefs.add(m.group(1));
            }
            return names(folder, hrefs);
        } catch (IOException e) {
            throw new FleetException(e, "fleet.unlistable", folder.toString(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FleetException(e, "fleet.unlistable", folder.toString(), "interrupted");
        }
    }

    private static void checkSize(byte[] body, URI folder) throws FleetException {
        if (body.length > MAX_LISTING_BYTES) {
            throw new FleetException("fleet.unlistable", folder.toString(), "listing over 16 MiB");
        }
    }

    private static List<String> davHrefs(byte[] xml, URI folder) throws FleetException {
        checkSize(xml, folder);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList nodes = doc.getElementsByTagNameNS("DAV:", "href");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent().trim());
            }
            return out;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new FleetException(e, "fleet.unlistable", folder.toString(), "PROPFIND: " + e.getClass().getSimpleName());
        }
    }

    /** The plain file names of {@code *.json} entries directly in the folder, sorted, at most MAX_REPORTS. */
    private static List<String> names(URI folder, List<String> hrefs) throws FleetException {
        TreeSet<String> out = new TreeSet<>();
        for (String href : hrefs) {
            String path = href;
            try {
                path = folder.resolve(href).getRawPath();
            } catch (IllegalArgumentException notAnAddress) {
                continue;
            }
            String folderPath = folder.getRawPath();
            if (path == null || !path.startsWith(folderPath)) {
                continue;
            }
            String rest = URLDecoder.decode(path.substring(folderPath.length()), StandardCharsets.UTF_8);
            if (rest.endsWith(".json") && !rest.contains("/") && !rest.startsWith(".")) {
                out.add(rest);
            }
        }
        if (out.size() > MAX_REPORTS) {
            throw new FleetException("fleet.tooMany", folder.toString(), Integer.toString(MAX_REPORTS));
        }
        return new ArrayList<>(out);
    }
}
