package org.hallkiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.publish.ImportException;
import org.hallkiosk.publish.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: the bureau turns its platform pages, catalogue spreadsheets and Word files into items. */
@Command(name = "import", description = "Add items to a content folder from disclosure-platform pages (.txt/.html), "
        + "catalogue spreadsheets (.xlsx/.csv), Word files (.docx) and originals (.doc/.pdf); all or nothing.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to import")
    List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "CONTENT_DIR", description = "the content folder publish reads")
    Path into;

    @Option(names = "--column", paramLabel = "ID", description = "the column (id or name) of a page or a .docx (default: by type)")
    String column;

    @Option(names = "--title", paramLabel = "ID_OR_TITLE", description = "the item that .doc/.pdf originals are attached to")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", description = "the publisher's name, for a content folder without feed.json (default: the first item's issuer)")
    String publisher;

    @Override
    public Integer call() throws Exception {
        try {
            Importer.Result result = new Importer(into, column, title).publisher(publisher).importFiles(files);
            result.warnings().forEach(w -> System.err.println(Messages.get("import.warning", w)));
            System.out.println(Messages.get("import.done", result.ids().size(), into));
            result.ids().forEach(id -> System.out.println("  " + id));
            return 0;
        } catch (ImportException e) {
            System.err.println(Messages.get("import.refused", into));
            e.problems().forEach(System.err::println);
            return 1;
        }
    }
}
