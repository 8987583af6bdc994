package org.hallkiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.Validity;
import org.hallkiosk.mirror.Highlight;

/** A large, whole-row button for one item in a list: type, title, date, document number, validity. */
public final class ItemRows {

    private ItemRows() {
    }

    public static Region row(ItemSummary item, Runnable open) {
        Label title = Texts.wrapping(item.title(), "title");
        title.setMaxWidth(Double.MAX_VALUE);
        return row(item, title, open);
    }

    /**
     * A search result: the title first, bold, always (its matched characters marked: bold on a coloured ground,
     * not colour alone); when the match was elsewhere, the snippet on a grey second line, list marks removed.
     */
    public static Region row(ItemSummary item, String snippet, List<Highlight> highlights, Runnable open) {
        boolean inTitle = snippet.equals(item.title());
        TextFlow title = marked(item.title(), inTitle ? highlights : List.of(), "strong", "row-title");
        if (inTitle || snippet.isBlank()) {
            return row(item, title, open);
        }
        Snippet plain = withoutListMarks(snippet, highlights);
        TextFlow second = marked(plain.text(), plain.highlights(), "muted-text");
        second.getStyleClass().add("snippet");
        VBox both = new VBox(title, second);
        both.getStyleClass().add("row-text");
        return row(item, both, open);
    }

    /** A snippet and its marks, the marks counted in the snippet's characters. */
    record Snippet(String text, List<Highlight> highlights) {
    }

    /**
     * The snippet without the marks of Markdown lists ("- ", "* ", "1. " at the start of what was a line, and
     * "#" of headings): body text flattened into one line would otherwise read "…》 - 已经…". Marks move with it.
     */
    static Snippet withoutListMarks(String snippet, List<Highlight> highlights) {
        Matcher m = Pattern
                .compile("(?:^|(?<=[\\s…。；：，]))(?:[-*+•]|\\d{1,2}[.、]|#{1,6})(?:\\s+|(?=…)|$)").matcher(snippet);
        StringBuilder out = new StringBuilder();
        int[] moved = new int[snippet.length() + 1]; // old index → new index
        int at = 0;
        while (m.find()) {
            for (int i = at; i < m.start(); i++) {
                moved[i] = out.length();
                keep(out, snippet.charAt(i));
            }
            for (int i = m.start(); i < m.end(); i++) {
                moved[i] = out.length();
            }
            at = m.end();
        }
        for (int i = at; i < snippet.length(); i++) {
            moved[i] = out.length();
            keep(out, snippet.charAt(i));
        }
        moved[snippet.length()] = out.length();
        List<Highlight> marks = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.start() >= 0 && h.end() <= snippet.length() && moved[h.start()] < moved[h.end()]) {
                marks.add(new Highlight(moved[h.start()], moved[h.end()]));
            }
        }
        return new Snippet(out.toString(), marks);
    }

    /** Appends {@code c}, but one space where a mark left two. */
    private static void keep(StringBuilder out, char c) {
        if (!(Character.isWhitespace(c) && !out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1)))) {
            out.append(c);
        }
    }

    private static TextFlow marked(String s, List<Highlight> highlights, String... textClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("text-flow");
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > s.length()) {
                continue;
            }
            flow.getChildren().add(text(s.substring(at, h.start()), false, textClasses));
            flow.getChildren().add(text(s.substring(h.start(), h.end()), true, textClasses));
            at = h.end();
        }
        flow.getChildren().add(text(s.substring(at), false, textClasses));
        return flow;
    }

    private static Node text(String s, boolean mark, String... classes) {
        if (mark) {
            // A Text has no background, so a match is a label: bold and underlined, dark on yellow.
            Label l = new Label(s);
            l.getStyleClass().add("mark-label");
            return l;
        }
        Text t = new Text(s);
        t.getStyleClass().add("body-text");
        t.getStyleClass().addAll(classes);
        return t;
    }

    private static Region row(ItemSummary item, Node title, Runnable open) {
        FlowPane tags = new FlowPane();
        tags.getStyleClass().add("row-tags");
        tags.getChildren().add(Texts.fixed(Texts.type(item.type()), "type-tag"));
        if (item.validity() != null && item.validity() != Validity.EFFECTIVE) {
            tags.getChildren().add(Texts.fixed(Texts.validity(item.validity()), "warn-tag"));
        }
        String meta = Texts.date(item.publishedAt());
        if (item.docNo() != null && !item.docNo().isBlank()) {
            meta = item.docNo() + "　" + meta;
        }
        tags.getChildren().add(Texts.fixed(meta, "muted"));
        VBox text = new VBox(title, tags);
        text.getStyleClass().add("row-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox row = new HBox(text, Icons.icon("next"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("item-row");
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setUserData(item.id());
        // A whole-row target; a drag that scrolls the list is not a tap.
        row.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                open.run();
            }
        });
        return row;
    }
}
