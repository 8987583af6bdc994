package org.hallkiosk.ui.aids;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hallkiosk.aids.Sentences;

/**
 * An item's read-aloud text tied to the page that shows it: which sentence to start from (the first one at the
 * top of what the visitor sees) and where the sentence being read is on screen, to highlight it. A sentence is
 * found in the rendered text blocks in reading order; inside a paragraph only the sentence itself is marked,
 * a heading or label is marked whole. Sentences only spoken (such as "材料共 5 项") mark nothing.
 */
public final class ReadAlong {

    private record Block(Node node, String text) {
    }

    /** Where a sentence shows: its block, and its characters there (start -1 when the whole block is marked). */
    private record Spot(int block, int start, int end) {
    }

    /** How many blocks ahead a sentence only partly on screen is looked for. */
    private static final int LOOK_AHEAD = 12;

    private final String itemId;
    private final Sentences sentences;
    private final Parent page;
    private final ScrollPane scroller;
    private List<Block> blocks;
    private List<Spot> spots;
    private int highlighted = -1;
    private Node markedNode;
    private Path mark;

    public ReadAlong(String itemId, String text, Parent page, ScrollPane scroller) {
        this.itemId = itemId;
        this.sentences = Sentences.split(text);
        this.page = page;
        this.scroller = scroller;
    }

    public String itemId() {
        return itemId;
    }

    public Sentences sentences() {
        return sentences;
    }

    /** The sentence being highlighted, or -1. */
    public int highlighted() {
        return highlighted;
    }

    /** The node that shows the highlighted sentence, or null. */
    public Node highlightedNode() {
        return markedNode;
    }

    /** The first sentence whose text is (partly) below the top of the visible area; 0 at the top of the page. */
    public int startIndex() {
        map();
        double top = scroller.getVvalue() * Math.max(0, content() - scroller.getViewportBounds().getHeight());
        if (top <= 1) {
            return 0;
        }
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            if (s != null && boundsInPage(blocks.get(s.block).node).getMaxY() > top + 4) {
                return i;
            }
        }
        return 0;
    }

    /** Marks sentence {@code index} and scrolls it into view when it is out of sight; -1 clears the mark. */
    public void highlight(int index) {
        map();
        clear();
        highlighted = index;
        Spot s = index >= 0 && index < spots.size() ? spots.get(index) : null;
        if (s == null) {
            return;
        }
        markedNode = blocks.get(s.block).node;
        if (s.start >= 0 && markedNode instanceof TextFlow flow) {
            mark = new Path(flow.rangeShape(s.start, s.end));
            mark.getStyleClass().add("reading-mark");
            mark.setManaged(false); // drawn behind the text, not laid out in it
            mark.setMouseTransparent(true);
            flow.getChildren().add(0, mark);
        } else {
            markedNode.getStyleClass().add("reading");
        }
        keepInView(markedNode);
    }

    public void clear() {
        highlighted = -1;
        if (mark != null && mark.getParent() instanceof TextFlow flow) {
            flow.getChildren().remove(mark);
        }
        mark = null;
        if (markedNode != null) {
            markedNode.getStyleClass().remove("reading");
        }
        markedNode = null;
    }

    private void keepInView(Node node) {
        double view = scroller.getViewportBounds().getHeight();
        double room = content() - view;
        if (room <= 0) {
            return;
        }
        double top = scroller.getVvalue() * room;
        Bounds b = boundsInPage(node);
        // out of sight, or about to go under the bottom edge
        if (b.getMinY() < top || Math.min(b.getMaxY(), b.getMinY() + view / 2) > top + view * 0.85) {
            scroller.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - view / 4) / room)));
        }
    }

    private double content() {
        return scroller.getContent().getBoundsInLocal().getHeight();
    }

    private Bounds boundsInPage(Node n) {
        return scroller.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
    }

    /** Finds each sentence's block once, after the page has been laid out. */
    private void map() {
        if (spots != null) {
            return;
        }
        blocks = new ArrayList<>();
        collect(page, blocks);
        spots = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Spot s = find(sentences.get(i).text(), cursor);
            spots.add(s);
            if (s != null) {
                cursor = s.block;
            }
        }
    }

    private Spot find(String sentence, int cursor) {
        for (int b = cursor; b < blocks.size(); b++) {
            String t = blocks.get(b).text;
            int at = t.indexOf(sentence);
            if (at >= 0) {
                boolean whole = !(blocks.get(b).node instanceof TextFlow) || at == 0 && sentence.length() == t.length();
                return whole ? new Spot(b, -1, -1) : new Spot(b, at, at + sentence.length());
            }
        }
        // a sentence made of words on screen and words only spoken ("服务对象：…", "材料名，原件 1 份。"): mark the
        // longest text on screen it holds, among the next blocks
        Spot best = null;
        int bestLength = 1;
        for (int b = cursor; b < Math.min(blocks.size(), cursor + LOOK_AHEAD); b++) {
            String t = blocks.get(b).text.strip();
            if (t.length() > bestLength && sentence.contains(t)) {
                best = new Spot(b, -1, -1);
                bestLength = t.length();
            }
        }
        return best;
    }

    private static void collect(Node n, List<Block> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof TextFlow flow) {
            StringBuilder sb = new StringBuilder();
            for (Node c : flow.getChildren()) {
                if (c instanceof Text t) {
                    sb.append(t.getText());
                }
            }
            out.add(new Block(flow, sb.toString()));
        } else if (n instanceof Labeled l && (!(n instanceof ButtonBase) || n instanceof CheckBox)) {
            if (l.getText() != null && !l.getText().isBlank()) {
                out.add(new Block(l, l.getText()));
            }
        } else if (n instanceof Parent p && !(n instanceof ButtonBase)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
