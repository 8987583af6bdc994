package org.hallkiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.fleet.FleetException;
import org.hallkiosk.fleet.FleetPage;
import org.hallkiosk.fleet.FleetSource;
import org.hallkiosk.fleet.FleetView;
import org.hallkiosk.fleet.KioskReport;
import org.hallkiosk.fleet.UnfoundCsv;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleet SOURCE}: every kiosk's report from the folder they PUT to (a folder, or its http(s) address),
 * as a table and, with {@code --html}, a page with the city's unfound searches and their CSV. Exit 0 when every
 * report was read, 1 when one or more were refused (each named; the others still shown) or the source cannot
 * be read, 2 for a wrong command line.
 */
@Command(name = "fleet", description = "Show every kiosk's state from the reports they send (report.url).")
public final class FleetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "the reports' folder, or its http(s) address")
    String source;

    @Option(names = "--html", paramLabel = "OUT.html", description = "also write the fleet page here, and the "
            + "unfound searches as OUT-unfound.csv beside it (for publish --suggest-hints)")
    Path html;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "write the city's unfound searches here "
            + "(kind,item_id,column_id,query,count, as publish --suggest-hints reads)")
    Path csv;

    @Option(names = "--silent-hours", paramLabel = "N", defaultValue = "3",
            description = "a kiosk whose last report is older than N hours is silent (default 3)")
    int silentHours;

    @Override
    public Integer call() {
        if (silentHours < 1) {
            System.err.println(Messages.get("fleet.badSilentHours"));
            return 2;
        }
        List<FleetSource.Entry> entries;
        try {
            entries = new FleetSource().read(source);
        } catch (FleetException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Instant now = Instant.now();
        FleetView view = FleetView.of(entries, now, Duration.ofHours(silentHours));
        printTable(view);
        for (FleetSource.Entry e : view.refused()) {
            System.err.println(e.problem().getMessage());
        }
        try {
            Path csvFile = csv;
            if (html != null && csvFile == null) {
                String name = html.getFileName().toString().replaceFirst("\\.html?$", "");
                csvFile = html.toAbsolutePath().resolveSibling(name + "-unfound.csv");
            }
            if (csvFile != null) {
                UnfoundCsv.write(csvFile, view.unfound());
                System.out.println(Messages.get("fleet.wroteCsv", csvFile, view.unfound().size()));
            }
            if (html != null) {
                String link = csvFile.toAbsolutePath().getParent().equals(html.toAbsolutePath().getParent())
                        ? csvFile.getFileName().toString() : csvFile.toAbsolutePath().toUri().toString();
                FleetPage.write(html, view, source, now.atOffset(ZoneOffset.ofHours(8))
                        .truncatedTo(ChronoUnit.SECONDS).toString(), link);
                System.out.println(Messages.get("fleet.wroteHtml", html));
            }
        } catch (IOException e) {
            System.err.println(Messages.get("fleet.cannotWrite", String.valueOf(e.getMessage())));
            return 1;
        }
        return view.refused().isEmpty() ? 0 : 1;
    }

    private static void printTable(FleetView view) {
        System.out.println(view.summary());
        System.out.println(String.join("\t", Messages.get("fleet.col.id"), Messages.get("fleet.col.sequence"),
                Messages.get("fleet.col.version"), Messages.get("fleet.col.reported"), Messages.get("fleet.col.state"),
                Messages.get("fleet.col.hall")));
        for (FleetView.Row row : view.rows()) {
            KioskReport r = row.report();
            System.out.println(String.join("\t", r.kioskId(), Long.toString(r.sequence()),
                    String.valueOf(r.appVersion()), r.reportedAt(), row.stateText(view.newestSequence()),
                    String.valueOf(r.hallName())));
        }
    }
}
