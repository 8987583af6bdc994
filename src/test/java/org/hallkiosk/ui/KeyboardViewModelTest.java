package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.input.CommonCharacters;
import org.hallkiosk.input.Ink;
import org.hallkiosk.input.MirrorPinyinCandidates;
import org.hallkiosk.input.ZinniaRecognizer;
import org.hallkiosk.testing.HanziWriterData;
import org.hallkiosk.ui.aids.ReadAloud;
import org.hallkiosk.ui.search.InputMode;
import org.hallkiosk.ui.search.KeyboardInput;
import org.hallkiosk.ui.search.KeyboardViewModel;
import org.hallkiosk.ui.search.SearchViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyboard's view model without a stage, on the real sample mirror and the real handwriting model (Debian's
 * tegaki-zinnia-simplified-chinese), with ink from Make Me a Hanzi's medians: background work runs inline.
 */
class KeyboardViewModelTest {

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    static KeyboardInput input;
    static HanziWriterData medians;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
        input = new KeyboardInput(ZinniaRecognizer.forKiosk());
        medians = HanziWriterData.find().orElseThrow(() -> new IllegalStateException(
                "hanzi-writer-data is not installed; run scripts/install-test-deps.sh"));
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    SearchViewModel search() {
        Navigator navigator = new Navigator(place -> new Screen() {
            @Override
            public Node view() {
                return null;
            }

            @Override
            public ObservableValue<String> title() {
                return new SimpleStringProperty("");
            }
        });
        KioskContext context = new KioskContext("大厅", kiosk.layout(), kiosk.mirror(), UiTaskExecutor.direct(),
                navigator, new DisplayMode(), KioskAids.none(),
                new ReadAloud(KioskAids.none(), UiTaskExecutor.direct(),
                        kiosk.mirror()), input);
        return new SearchViewModel(context, "");
    }

    static void typeKeys(KeyboardViewModel kb, String keys) {
        for (char c : keys.toCharArray()) {
            kb.type(String.valueOf(c));
        }
    }

    /** A character's medians as ink on a 400 × 400 pad, the character filling the middle 80 %. */
    static Ink ink(String character) throws IOException {
        List<List<Ink.Point>> strokes = new ArrayList<>();
        for (double[][] median : medians.medians(character)) {
            List<Ink.Point> points = new ArrayList<>();
            for (double[] p : median) {
                points.add(new Ink.Point(40 + p[0] * 320 / 1024, 40 + p[1] * 320 / 1024));
            }
            strokes.add(points);
        }
        return new Ink(strokes, 400, 400);
    }

    static void write(KeyboardViewModel kb, String character) throws IOException {
        for (List<Ink.Point> stroke : ink(character).strokes()) {
            kb.stroke(stroke, 400, 400);
        }
    }

    @Test
    void handwritingIsTheDefaultAndTheVisitsChoiceHoldsUntilTheVisitEnds() {
        input.reset();
        SearchViewModel search = search();
        KeyboardViewModel first = search.newKeyboard();
        assertThat(first.modes()).containsExactly(InputMode.HANDWRITING, InputMode.PINYIN, InputMode.DIGITS);
        assertThat(first.mode().get()).isEqualTo(InputMode.HANDWRITING);
        first.choose(InputMode.DIGITS);
        assertThat(search.newKeyboard().mode().get()).as("the next search of the same visit").isEqualTo(InputMode.DIGITS);
        input.reset();
        assertThat(search.newKeyboard().mode().get()).as("the next visitor").isEqualTo(InputMode.HANDWRITING);

        KeyboardInput without = KeyboardInput.withoutHandwriting();
        assertThat(without.modes()).containsExactly(InputMode.PINYIN, InputMode.DIGITS);
        without.choose(InputMode.HANDWRITING);
        assertThat(without.mode()).as("a mode the kiosk lacks is never opened").isEqualTo(InputMode.PINYIN);
    }

    @Test
    void writingOffersCandidatesAndTappingOneTypesItAndClearsThePad() throws IOException {
        input.reset();
        SearchViewModel search = search();
        KeyboardViewModel kb = search.newKeyboard();
        for (String c : List.of("优", "待", "证")) {
            write(kb, c);
            assertThat(kb.ink().get().strokes()).isNotEmpty();
            assertThat(kb.candidates()).hasSizeBetween(6, 10).contains(c);
            kb.pick(c);
            assertThat(kb.ink().get().isEmpty()).isTrue();
            assertThat(kb.candidates()).isEmpty();
        }
        assertThat(search.query().get()).isEqualTo("优待证");
        assertThat(search.state().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(search.hits()).extracting(h -> h.item().id()).contains("bszn-ydz-sl");

        write(kb, "优");
        kb.rewrite();
        assertThat(kb.ink().get().isEmpty()).isTrue();
        assertThat(kb.candidates()).isEmpty();
        assertThat(search.query().get()).as("重写 types nothing").isEqualTo("优待证");
        kb.backspace();
        assertThat(search.query().get()).isEqualTo("优待");

        kb.choose(InputMode.PINYIN);
        kb.stroke(List.of(new Ink.Point(1, 1)), 400, 400);
        assertThat(kb.ink().get().isEmpty()).as("no ink outside 手写").isTrue();
    }

    @Test
    void aCandidateReplacesOnlyThePinyinTypedSoFar() {
        SearchViewModel search = search();
        KeyboardViewModel kb = search.newKeyboard();
        kb.choose(InputMode.PINYIN);
        typeKeys(kb, "youdaizheng");
        assertThat(kb.pending().get()).isEqualTo("youdaizheng");
        assertThat(kb.candidates()).first().isEqualTo("优待证");
        kb.pick("优待证");
        assertThat(search.query().get()).isEqualTo("优待证");
        assertThat(kb.pending().get()).isEmpty();
        assertThat(kb.candidates()).isEmpty();

        kb.choose(InputMode.DIGITS);
        typeKeys(kb, "2024");
        kb.space();
        kb.choose(InputMode.PINYIN);
        typeKeys(kb, "fuxu");
        assertThat(kb.pending().get()).isEqualTo("fuxu");
        assertThat(kb.candidates()).contains("抚恤");
        kb.pick("抚恤");
        assertThat(search.query().get()).isEqualTo("优待证2024 抚恤");

        typeKeys(kb, "you");
        assertThat(kb.candidates()).as("a syllable alone: words, then common characters")
                .contains("有", "优").hasSizeLessThanOrEqualTo(10);
        kb.pick("优");
        assertThat(search.query().get()).isEqualTo("优待证2024 抚恤优");
    }

    @Test
    void theQueryKeepsItsThirtyCharacterCap() throws IOException {
        input.reset();
        SearchViewModel search = search();
        KeyboardViewModel kb = search.newKeyboard();
        kb.choose(InputMode.PINYIN);
        typeKeys(kb, "a".repeat(35));
        assertThat(search.query().get()).hasSize(30);
        kb.pick("啊");
        assertThat(search.query().get()).as("the candidate replaces the 30 letters").isEqualTo("啊");

        search.clear();
        kb.choose(InputMode.HANDWRITING);
        kb.choose(InputMode.DIGITS);
        typeKeys(kb, "1".repeat(30));
        kb.choose(InputMode.HANDWRITING);
        write(kb, "优");
        kb.pick("优");
        assertThat(search.query().get()).as("nothing typed past the cap").isEqualTo("1".repeat(30));
        assertThat(kb.ink().get().isEmpty()).as("the ink stays for when there is room again").isFalse();
    }

    @Test
    void candidatesComeFromTheMirrorsWordsThenCommonCharacters() {
        var candidates = new MirrorPinyinCandidates(kiosk.mirror());
        assertThat(candidates.candidates("ydz", 10)).first().isEqualTo("优待证");
        assertThat(kiosk.mirror().typingCandidates().words("y", 10)).as("one letter says too little").isEmpty();
        assertThat(kiosk.mirror().typingCandidates().words("qqqx", 10)).isEmpty();
        assertThat(kiosk.mirror().typingCandidates().words("you1", 10)).as("letters only").isEmpty();
        // common characters alone, most frequent first, for a syllable no title reads
        assertThat(candidates.candidates("de", 3)).containsExactly("的", "地", "得");
        assertThat(CommonCharacters.shared().size()).isGreaterThan(5000);
        assertThat(CommonCharacters.shared().read("zh", 5)).first().isEqualTo("中");
    }

    @Test
    void aDisposedKeyboardTypesNothing() {
        SearchViewModel search = search();
        KeyboardViewModel kb = search.newKeyboard();
        kb.choose(InputMode.PINYIN);
        typeKeys(kb, "you");
        kb.dispose();
        kb.pick("优");
        assertThat(search.query().get()).isEqualTo("you");
    }
}
