package org.hallkiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.i18n.Messages;

/**
 * The fleet page: one self-contained HTML file (no script, no outside resource) with every kiosk and its state,
 * the refused reports with their files named, and the city's unfound searches with a link to the CSV for
 * {@code publish --suggest-hints}. Written as well-formed XHTML, so any XML reader can read it back.
 */
public final class FleetPage {

    private FleetPage() {
    }

    public static void write(Path file, FleetView view, String source, String generatedAt, String csvName)
            throws IOException {
        Files.writeString(file, html(view, source, generatedAt, csvName), StandardCharsets.UTF_8);
    }

    public static String html(FleetView view, String source, String generatedAt, String csvName) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(Messages.get("fleet.page.lang")).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(Messages.get("fleet.page.title"))).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;font-size:16px}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:4px 8px;text-align:left}")
                .append("tr.ok td.state{color:#1b5e20}tr.problem td.state{color:#b71c1c;font-weight:bold}")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(Messages.get("fleet.page.title")))
                .append("</h1>\n<p id=\"source\">").append(esc(Messages.get("fleet.page.source", source, generatedAt,
                        view.silentAfter().toHours()))).append("</p>\n<p id=\"summary\">")
                .append(esc(view.summary())).append("</p>\n");
        h.append("<table id=\"kiosks\">\n<thead><tr>");
        for (String k : new String[] {"id", "hall", "version", "sequence", "state", "reported", "lastSync", "aids",
            "layout", "disk"}) {
            h.append("<th>").append(esc(Messages.get("fleet.col." + k))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (FleetView.Row row : view.rows()) {
            KioskReport r = row.report();
            h.append("<tr class=\"").append(row.ok() ? "ok" : "problem").append("\" data-kiosk=\"")
                    .append(esc(r.kioskId())).append("\">");
            cell(h, "id", r.kioskId());
            cell(h, "hall", r.hallName());
            cell(h, "version", r.appVersion());
            cell(h, "sequence", Long.toString(r.sequence()));
            cell(h, "state", row.stateText(view.newestSequence()));
            cell(h, "reported", r.reportedAt());
            cell(h, "lastSync", r.lastSync() == null ? "" : r.lastSync().outcome()
                    + (r.lastSync().finishedAt() == null ? "" : " " + r.lastSync().finishedAt()));
            cell(h, "aids", aids(r.aids()));
            cell(h, "layout", layout(r.layout()));
            cell(h, "disk", r.diskFreeBytes() < 0 ? "?" : (r.diskFreeBytes() / (1024 * 1024)) + " MiB");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<h2>").append(esc(Messages.get("fleet.page.refused", view.refused().size()))).append("</h2>\n")
                .append("<ul id=\"refused\">\n");
        for (FleetSource.Entry e : view.refused()) {
            h.append("<li data-file=\"").append(esc(e.file())).append("\">").append(esc(e.problem().getMessage()))
                    .append("</li>\n");
        }
        h.append("</ul>\n<h2>").append(esc(Messages.get("fleet.page.unfound"))).append("</h2>\n<p>")
                .append(esc(Messages.get("fleet.page.unfoundHow"))).append(" <a id=\"csv\" href=\"")
                .append(esc(csvName)).append("\">").append(esc(csvName)).append("</a></p>\n")
                .append("<table id=\"unfound\">\n<thead><tr><th>").append(esc(Messages.get("fleet.col.query")))
                .append("</th><th>").append(esc(Messages.get("fleet.col.count"))).append("</th><th>")
                .append(esc(Messages.get("fleet.col.kiosks"))).append("</th><th>")
                .append(esc(Messages.get("fleet.col.lastDay"))).append("</th></tr></thead>\n<tbody>\n");
        for (FleetView.CityUnfound u : view.unfound()) {
            h.append("<tr>");
            cell(h, "query", u.query());
            cell(h, "count", Integer.toString(u.count()));
            cell(h, "kiosks", Integer.toString(u.kiosks()));
            cell(h, "lastDay", u.lastDay());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    static String aids(KioskReport.Aids a) {
        return (a.speech() ? "✓" : "✗") + Messages.get("fleet.aid.speech") + " "
                + (a.handwriting() ? "✓" : "✗") + Messages.get("fleet.aid.handwriting") + " "
                + (a.printer() ? "✓" : "✗") + Messages.get("fleet.aid.printer");
    }

    static String layout(KioskReport.Layout l) {
        if (l == null) {
            return "";
        }
        return l.group() == null ? l.source() : l.source() + " " + l.group()
                + (l.sequence() == null ? "" : " #" + l.sequence());
    }

    private static void cell(StringBuilder h, String cls, String text) {
        h.append("<td class=\"").append(cls).append("\">").append(esc(text == null ? "" : text)).append("</td>");
    }

    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        o.append(' '); // a control character is not allowed in XML, even escaped
                    } else {
                        o.append(c);
                    }
                }
            }
        }
        return o.toString();
    }
}
