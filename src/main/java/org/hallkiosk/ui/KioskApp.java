package org.hallkiosk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.content.Column;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncScheduler;
import org.hallkiosk.sync.SyncService;

/** The kiosk window. For now a plain window listing the mirrored columns; the screens come next. */
public final class KioskApp extends Application {

    private Mirror mirror;
    private SyncScheduler scheduler;

    public static void launchKiosk(String[] args) {
        Application.launch(KioskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("…");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        ListView<String> list = new ListView<>();
        list.setStyle("-fx-font-size: 22px;");
        BorderPane root = new BorderPane(list, title, null, null, null);
        BorderPane.setMargin(title, new Insets(24));
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("Hall Kiosk");
        stage.show();

        // Disk and network stay off the FX thread.
        CompletableFuture.supplyAsync(this::openAndImport).whenComplete((lines, error) -> Platform.runLater(() -> {
            if (error != null) {
                title.setText(String.valueOf(error.getCause() != null ? error.getCause().getMessage() : error));
            } else {
                title.setText(lines.get(0));
                list.getItems().setAll(lines.subList(1, lines.size()));
            }
        }));
    }

    private List<String> openAndImport() {
        KioskConfig config;
        try {
            config = ConfigLoader.load(Path.of("kiosk-config"));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Messages.setLocale(config.locale());
        mirror = Mirror.open(config.dataDir());
        SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
        sync.importSampleIfEmpty();
        scheduler = new SyncScheduler(config.syncInterval(), config.syncJitter(),
                SyncScheduler.reporting(sync, report -> { }));
        scheduler.start();
        List<Column> columns = mirror.items().columns();
        var lines = new java.util.ArrayList<String>();
        lines.add(config.hallName());
        for (Column c : columns) {
            lines.add(c.name() + "  (" + mirror.items().countInColumn(c.id()) + ")");
        }
        return lines;
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (mirror != null) {
            mirror.close();
        }
    }
}
