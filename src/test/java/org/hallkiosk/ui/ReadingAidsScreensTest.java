package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.aids.PageViewer;
import org.hallkiosk.ui.aids.ReadAlong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reading aids on the real screens: a generated PDF turns its pages in the app, the QR code on screen scans
 * back to the item's url, the print preview of a kiosk without a printer says so instead of offering a button,
 * reading aloud highlights the sentence read and stops on navigation and at the idle reset, and each aid's
 * button is absent when its engine or its content is.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingAidsScreensTest {

    static final String PDF_ITEM = "tzgg-test-pdf";

    @TempDir
    static Path tmp;

    static SampleKiosk kiosk;
    static SlowSpeech speech = new SlowSpeech(3);
    KioskShell shell;

    /** The sample content plus a notice (without a url) holding a generated three-page PDF and a broken one. */
    @BeforeAll
    static void publishAndSync() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.putFile("generated.pdf", threePagePdf());
        feed.putFile("broken.pdf", "不是 PDF".getBytes(StandardCharsets.UTF_8));
        var notice = TestFeed.notice(PDF_ITEM, "附件测试通知（示例）", "tzgg");
        TestFeed.attach(notice, "generated.pdf", "三页测试文件.pdf", "original");
        TestFeed.attach(notice, "broken.pdf", "损坏的测试文件.pdf", "original");
        feed.putItem(notice);
        feed.publish(1);
        Path data = tmp.resolve("data");
        try (Mirror mirror = Mirror.open(data)) {
            var report = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                    .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
            assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        }
        kiosk = new SampleKiosk(data);
    }

    static byte[] threePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.setNonStrokingColor(Color.DARK_GRAY);
                    s.addRect(100, 650 - i * 250, 300, 120);
                    s.fill();
                }
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        // a long idle time (the tests raise the warning themselves) and a short warning
        shell = TestShells.build("大厅", kiosk.layout().withIdle(Duration.ofMinutes(10), Duration.ofMillis(600)),
                kiosk.mirror(), kiosk.tasks, List.of(), KioskAids.withoutPrinter(speech));
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    private void open(Place place) {
        FxWait.onFx(() -> {
            shell.idleGuard().setArmed(true);
            if (!(place instanceof Place.Home)) {
                shell.context().navigator().home();
            }
            shell.context().navigator().go(place);
            return null;
        });
    }

    private void openItem(String id) {
        open(new Place.Item(id));
        FxWait.until("the item's aid buttons", () -> shell.lookup("#aidsBar") != null);
    }

    private PageViewer viewer() {
        return (PageViewer) shell.lookup(".page-viewer");
    }

    @Test
    void aGeneratedPdfOpensInTheAppAndTurnsItsPages(FxRobot robot) {
        openItem(PDF_ITEM);
        // a notice without a url: no QR button; a notice has no printed form: no print button
        assertThat(robot.lookup("#qrButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#printPreviewButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#readAloudButton").tryQuery()).isPresent();

        // the row names the file without its extension (a computer's word, not the hall's)
        Node row = robot.lookup("三页测试文件").query().getParent();
        FxWait.reveal(row);
        robot.clickOn(row);
        FxWait.until("the first page", () -> viewer() != null && viewer().page().get() == 0);
        ImageView image = robot.lookup("#pageImage").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isGreaterThan(500);
        assertThat(robot.lookup("#pageNumber").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.pages.number", 1, 3));
        var first = image.getImage();

        robot.clickOn("#nextPage");
        FxWait.until("the second page", () -> viewer().page().get() == 1);
        assertThat(image.getImage()).isNotSameAs(first);
        assertThat(robot.lookup("#pageNumber").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.pages.number", 2, 3));
        robot.clickOn("#previousPage");
        FxWait.until("the first page again", () -> viewer().page().get() == 0);
        robot.drag("#pageImage").moveBy(-400, 0).drop(); // a swipe to the left: the next page
        FxWait.until("the second page by swipe", () -> viewer().page().get() == 1);
        robot.clickOn("#previousPage");
        FxWait.until("the first page once more", () -> viewer().page().get() == 0);

        double fitted = image.getFitWidth();
        robot.clickOn("#zoomIn");
        assertThat(viewer().zoom()).isGreaterThan(1);
        assertThat(image.getFitWidth()).isGreaterThan(fitted * 1.4);

        // a file that is not a PDF: the reader says which and why, in place of the page
        robot.clickOn("#backButton");
        FxWait.until("the reader", () -> shell.lookup("#reader") != null);
        Node broken = robot.lookup("损坏的测试文件").query().getParent();
        FxWait.reveal(broken);
        robot.clickOn(broken);
        FxWait.until("the message", () -> shell.lookup("#pageMessage") != null && shell.lookup("#pageMessage").isVisible());
        assertThat(robot.lookup("#pageMessage").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("aids.pdf.broken", "损坏的测试文件.pdf"));
    }

    @Test
    void theQrCodeOnScreenScansBackToTheItemsUrl(FxRobot robot) throws Exception {
        openItem("zcwj-2024-00052");
        String url = kiosk.mirror().items().item("zcwj-2024-00052").orElseThrow().url();
        robot.clickOn("#qrButton");
        FxWait.until("the QR code", () -> shell.lookup("#qrImage") != null);
        var snapshot = FxWait.onFx(() -> shell.lookup("#qrImage").snapshot(null, null));
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(SwingFXUtils.fromFXImage(snapshot, null))));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
        assertThat(robot.lookup("#qrCaption").queryAs(Label.class).getText()).isEqualTo(Messages.get("print.scan"));
        FxWait.until("the usage record", () -> kiosk.usage().contains("qr|zcwj-2024-00052|null|null"));
    }

    @Test
    void withoutAPrinterThereIsNoPrintButtonAndThePreviewOffersTheQrCode(FxRobot robot) {
        openItem("bszn-ydz-sl");
        assertThat(robot.lookup("#printPreviewButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#qrButton").tryQuery()).isPresent();
        FxWait.onFx(() -> {
            shell.context().navigator().go(new Place.PrintPreview("bszn-ydz-sl"));
            return null;
        });
        FxWait.until("the printed page", () -> viewer() != null && viewer().page().get() == 0);
        assertThat(viewer().pageCount()).isEqualTo(1); // a guide prints as one sheet
        assertThat(robot.lookup("#printButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#noPrinterNote").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.print.noPrinter"));
        robot.clickOn("#previewQrButton");
        FxWait.until("the QR code", () -> shell.lookup("#qrImage") != null);
    }

    @Test
    void withAPrinterThePreviewPrintsTheGuideAndCountsIt() throws Exception {
        // a real print service that writes PostScript instead of paper
        var factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PRINTABLE, "application/postscript");
        assertThat(factories).isNotEmpty();
        var paper = new ByteArrayOutputStream();
        var printer = factories[0].getPrintService(paper);
        KioskShell printing = FxWait.onFx(() -> {
            KioskShell s = TestShells.build("大厅", kiosk.layout(), kiosk.mirror(), kiosk.tasks, List.of(),
                    KioskAids.withPrinter(speech, printer));
            new Scene(s, 1280, 800);
            s.context().navigator().home();
            s.context().navigator().go(new Place.PrintPreview("bszn-ydz-sl"));
            return s;
        });
        FxWait.until("the print button", () -> printing.lookup("#printButton") != null);
        assertThat(printing.lookup("#noPrinterNote")).isNull();
        FxWait.onFx(() -> {
            ((Button) printing.lookup("#printButton")).fire();
            return null;
        });
        FxWait.until("printed", () -> Messages.get("ui.print.sent")
                .equals(((Label) printing.lookup("#printStatus")).getText()));
        assertThat(paper.toString(StandardCharsets.ISO_8859_1)).startsWith("%!PS");
        assertThat(paper.size()).isGreaterThan(10_000);
        FxWait.until("the usage record", () -> kiosk.usage().contains("print|bszn-ydz-sl|null|null"));
    }

    @Test
    void readingAloudHighlightsTheSentenceAndStopsOnNavigationAndAtTheIdleReset(FxRobot robot) {
        openItem("zcwj-2024-00052");
        // the visitor has read down the page: reading starts from there, not from the title
        FxWait.onFx(() -> {
            Node p = shell.lookup("#reader");
            while (!(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            ((ScrollPane) p).setVvalue(0.5);
            return null;
        });
        robot.clickOn("#readAloudSwitch");
        assertThat(shell.context().readAloud().reading().get()).isTrue();
        ReadAlong along = shell.context().readAloud().target();
        int start = FxWait.onFx(along::highlighted);
        assertThat(start).isGreaterThan(0);
        Node first = FxWait.onFx(along::highlightedNode);
        assertThat(first).isNotNull();
        assertThat(first.getStyleClass().contains("reading") || first.lookup(".reading-mark") != null).isTrue();
        // the engine moves on to the next sentences: the highlight follows
        FxWait.until("the highlight to move on", () -> along.highlighted() > start && along.highlightedNode() != null);
        // (a quick sentence's process may just have ended: wait for the one that stays)
        FxWait.until("the reading at its long sentence", () -> speech.longSentence != null
                && speech.longSentence.isAlive());
        Process speaking = speech.longSentence;

        robot.clickOn("#backButton");
        FxWait.until("the reading to stop", () -> !shell.context().readAloud().reading().get());
        assertThat(along.highlighted()).isEqualTo(-1);
        FxWait.until("the speech process to end", () -> !speaking.isAlive());
        FxWait.until("the usage record", () -> kiosk.usage().contains("read_aloud|zcwj-2024-00052|null|null"));

        openItem("bszn-ydz-sl");
        robot.clickOn("#readAloudButton");
        FxWait.until("reading the guide", () -> speech.running != null && speech.running != speaking
                && shell.context().readAloud().target().highlighted() >= 0);
        Process again = speech.running;
        FxWait.onFx(() -> {
            shell.idleGuard().showWarning();
            return null;
        });
        FxWait.until("the idle reset", () -> shell.context().navigator().place().get() instanceof Place.Attract);
        assertThat(shell.context().readAloud().reading().get()).isFalse();
        FxWait.until("the speech process to end", () -> !again.isAlive());
    }

    @Test
    void withoutASpeechEngineThereIsNoReadAloudButton(FxRobot robot) {
        KioskShell bare = FxWait.onFx(() -> {
            KioskShell s = kiosk.shell(kiosk.layout()); // no engine, no printer
            new Scene(s, 1280, 800);
            return s;
        });
        FxWait.onFx(() -> {
            bare.context().navigator().home();
            bare.context().navigator().go(new Place.Item("zcwj-2024-00052"));
            return null;
        });
        FxWait.until("the item", () -> {
            bare.applyCss(); // the scroll pane's skin puts the page into the scene graph
            return bare.lookup("#aidsBar") != null;
        });
        assertThat(bare.lookup("#readAloudButton")).isNull();
        assertThat(bare.lookup("#readAloudSwitch").isVisible()).isFalse();
        assertThat(bare.lookup("#qrButton")).isNotNull();
        assertThat(bare.lookup("#printPreviewButton")).isNull(); // no printer here
        // and the kiosk that has one shows both switches on the same item
        openItem("zcwj-2024-00052");
        assertThat(robot.lookup("#readAloudButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#readAloudSwitch").query().isVisible()).isTrue();
    }
}
