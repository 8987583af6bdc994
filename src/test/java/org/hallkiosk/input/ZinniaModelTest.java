package org.hallkiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model reader on small models written here: sound ones read, broken ones give a clear error. */
class ZinniaModelTest {

    @TempDir
    Path dir;

    /** A Zinnia model file: for each label its bias and (index, weight) pairs, in Zinnia's binary layout. */
    static byte[] model(Map<String, float[]> classes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : classes.entrySet()) {
            byte[] label = Arrays.copyOf(e.getKey().getBytes(StandardCharsets.UTF_8), 16);
            body.writeBytes(label);
            float[] v = e.getValue(); // bias, then index, weight, index, weight ...
            ByteBuffer b = ByteBuffer.allocate(4 + (v.length - 1) / 2 * 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
            b.putFloat(v[0]);
            for (int i = 1; i + 1 < v.length; i += 2) {
                b.putInt((int) v[i]).putFloat(v[i + 1]);
            }
            b.putInt(-1).putFloat(0);
            body.writeBytes(b.array());
        }
        int size = 12 + body.size();
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(size ^ ZinniaModel.MAGIC).putInt(ZinniaModel.VERSION).putInt(classes.size());
        out.put(body.toByteArray());
        return out.array();
    }

    /** 一 weighs "one stroke" (feature 2000001 = 10), 二 the stroke count (feature 2000000) less 1.5. */
    static byte[] twoClassModel() {
        return model(new LinkedHashMap<>(Map.of(
                "一", new float[] {0, 2000001, 1f},
                "二", new float[] {-1.5f, 2000000, 1f})));
    }

    @Test
    void readsASoundModelAndScoresIt() throws IOException {
        ZinniaModel m = ZinniaModel.parse(ByteBuffer.wrap(twoClassModel()), "two");
        assertThat(m.size()).isEqualTo(2);
        assertThat(List.of(m.label(0), m.label(1))).containsExactlyInAnyOrder("一", "二");
        assertThat(m.weights()).isEqualTo(2);
        assertThat(m.slots()).isEqualTo(2);
        assertThat(m.slotOf(2000000)).isNotNegative();
        assertThat(m.slotOf(12345)).isEqualTo(-1);
    }

    @Test
    void aRecognizerOnASmallModelTellsOneStrokeFromTwo() throws IOException {
        Path file = dir.resolve("two.model");
        Files.write(file, twoClassModel());
        ZinniaRecognizer r = new ZinniaRecognizer(file);
        Ink one = new Ink(List.of(List.of(new Ink.Point(10, 50), new Ink.Point(90, 50))), 100, 100);
        Ink two = new Ink(List.of(List.of(new Ink.Point(20, 30), new Ink.Point(80, 30)),
                List.of(new Ink.Point(10, 70), new Ink.Point(90, 70))), 100, 100);
        assertThat(r.recognize(one, 2)).containsExactly("一", "二");
        assertThat(r.recognize(two, 2)).containsExactly("二", "一");
        assertThat(r.recognize(two, 1)).containsExactly("二");
        assertThat(r.recognize(two, 0)).isEmpty();
    }

    @Test
    void everyTruncationOfAModelIsAClearError() {
        byte[] sound = twoClassModel();
        for (int len = 0; len < sound.length; len++) {
            byte[] cut = Arrays.copyOf(sound, len);
            assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(cut), "cut.model"))
                    .as("cut at %d", len)
                    .isInstanceOf(ZinniaModel.InvalidModelException.class)
                    .hasMessageStartingWith("cut.model: ");
        }
    }

    @Test
    void aTruncatedFileWhoseHeaderWasMadeToMatchIsStillCaught() {
        byte[] sound = twoClassModel();
        byte[] cut = Arrays.copyOf(sound, sound.length - 5);
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(0, cut.length ^ ZinniaModel.MAGIC);
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(cut), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("truncated");
    }

    @Test
    void aWrongVersionACountTooLargeAndGarbageAreRefused() {
        byte[] version = twoClassModel();
        ByteBuffer.wrap(version).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 2);
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(version), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("version 2");

        byte[] count = twoClassModel();
        ByteBuffer.wrap(count).order(ByteOrder.LITTLE_ENDIAN).putInt(8, Integer.MAX_VALUE);
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(count), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("cannot fit");

        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(garbage), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("not a Zinnia model");
    }

    @Test
    void aBrokenWeightOrLabelIsRefused() {
        byte[] nan = model(Map.of("一", new float[] {0, 7, Float.NaN}));
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(nan), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("broken weight");

        byte[] label = model(Map.of("一", new float[] {0, 7, 1}));
        label[12] = (byte) 0xFF; // not UTF-8
        assertThatThrownBy(() -> ZinniaModel.parse(ByteBuffer.wrap(label), "m"))
                .isInstanceOf(ZinniaModel.InvalidModelException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void aCorruptFileMakesTheRecognizerUnavailableWithoutAnError() throws IOException {
        Path file = dir.resolve("broken.model");
        byte[] sound = twoClassModel();
        Files.write(file, Arrays.copyOf(sound, sound.length - 3));
        ZinniaRecognizer r = new ZinniaRecognizer(file);
        assertThat(r.available()).isTrue(); // not read yet
        Ink one = new Ink(List.of(List.of(new Ink.Point(10, 50), new Ink.Point(90, 50))), 100, 100);
        assertThat(r.recognize(one, 5)).isEmpty();
        assertThat(r.available()).isFalse();
        assertThatThrownBy(r::load).isInstanceOf(ZinniaModel.InvalidModelException.class)
                .hasMessageContaining("broken.model");
    }

    @Test
    void noModelFileMeansUnavailable() {
        ZinniaRecognizer missing = new ZinniaRecognizer(dir.resolve("nothing-here.model"));
        assertThat(missing.available()).isFalse();
        assertThat(missing.modelFile()).isEmpty();
        assertThat(missing.recognize(new Ink(List.of(List.of(new Ink.Point(1, 1))), 10, 10), 5)).isEmpty();
        assertThat(new ZinniaRecognizer(null).available()).isFalse();
        assertThatThrownBy(missing::load).isInstanceOf(IOException.class).hasMessageContaining("no handwriting model");
    }

    @Test
    void theModelIsLookedForByPropertyThenKioskHomeThenBesideTheJarThenDebian() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path jar = Files.createDirectories(dir.resolve("app"));
        List<Path> order = ZinniaRecognizer.modelCandidates("/x/mine.model", home, jar);
        assertThat(order).containsExactly(Path.of("/x/mine.model"), home.resolve("handwriting-zh_CN.model"),
                jar.resolve("handwriting-zh_CN.model"), ZinniaRecognizer.DEBIAN_MODEL);
        Files.write(jar.resolve("handwriting-zh_CN.model"), twoClassModel());
        assertThat(ZinniaRecognizer.findModel(ZinniaRecognizer.modelCandidates(null, home, jar)))
                .contains(jar.resolve("handwriting-zh_CN.model"));
        Files.write(home.resolve("handwriting-zh_CN.model"), twoClassModel());
        assertThat(ZinniaRecognizer.findModel(ZinniaRecognizer.modelCandidates(" ", home, jar)))
                .contains(home.resolve("handwriting-zh_CN.model"));
    }
}
