package org.hallkiosk.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hallkiosk.testing.HanziWriterData;
import org.hallkiosk.testing.NoisyInk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("bench")
class FillExperiment {
    @Test
    void fills() throws Exception {
        List<String> chars = Files.readAllLines(Path.of("src/main/resources/org/hallkiosk/input/common-3500.txt"))
                .stream().filter(l -> !l.startsWith("#")).toList();
        HanziWriterData data = HanziWriterData.find().orElseThrow();
        long t0 = System.nanoTime();
        ZinniaModel model = ZinniaModel.read(ZinniaRecognizer.DEBIAN_MODEL);
        System.out.printf("load %.0f ms, %d classes, %d slots, %d weights%n", (System.nanoTime() - t0) / 1e6,
                model.size(), model.slots(), model.weights());
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int c = 0; c < model.size(); c++) labels.add(model.label(c));
        System.out.println("missing from model: " + chars.stream().filter(c -> !labels.contains(c)).count());
        for (String f : System.getProperty("fills", "0.6,0.7,0.8,0.9,1.0").split(",")) {
            ZinniaRecognizer rec = new ZinniaRecognizer(ZinniaRecognizer.DEBIAN_MODEL, Float.parseFloat(f));
            Random r = new Random(7);
            int n = 0, top1 = 0, top5 = 0;
            long time = 0;
            for (int i = 0; i < chars.size(); i += 7) {
                String ch = chars.get(i);
                List<double[][]> med = data.medians(ch);
                if (med.isEmpty()) continue;
                Ink ink = Boolean.getBoolean("clean") ? NoisyInk.clean(med) : NoisyInk.write(med, r);
                long s = System.nanoTime();
                List<String> got = rec.recognize(ink, 10);
                time += System.nanoTime() - s;
                n++;
                if (!got.isEmpty() && got.get(0).equals(ch)) top1++;
                if (got.subList(0, Math.min(5, got.size())).contains(ch)) top5++;
            }
            System.out.printf("fill %s: n=%d top1 %.3f top5 %.3f  %.1f ms/char%n", f, n, top1 / (double) n,
                    top5 / (double) n, time / 1e6 / n);
        }
    }
}
