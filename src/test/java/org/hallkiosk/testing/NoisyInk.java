package org.hallkiosk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hallkiosk.input.Ink;

/**
 * Turns a character's stroke medians (1024 box, y down) into ink as a finger might leave it on a 400 × 400
 * pad: the whole character scaled (0.45–0.85 of the pad), squashed or stretched (±15 %), slanted (shear ±0.2),
 * turned (±6°) and placed off centre; each stroke shifted (±3 % of the character), its ends cut or drawn on
 * (±12 % of its length each), resampled at a random point spacing (2–14 px, one spacing per character) and
 * every point jittered (σ 1 px). Deterministic for a given {@link Random}.
 */
public final class NoisyInk {

    public static final double PAD = 400;

    private NoisyInk() { }

    public static Ink write(List<double[][]> medians, Random r) {
        double size = PAD * uniform(r, 0.45, 0.85);
        double sx = size / 1024 * uniform(r, 0.85, 1.15);
        double sy = size / 1024 * uniform(r, 0.85, 1.15);
        double shear = uniform(r, -0.2, 0.2);
        double angle = Math.toRadians(uniform(r, -6, 6));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double slack = (PAD - size) / 2;
        double ox = PAD / 2 + uniform(r, -slack, slack) * 0.8;
        double oy = PAD / 2 + uniform(r, -slack, slack) * 0.8;
        double spacing = uniform(r, 2, 14);
        List<List<Ink.Point>> strokes = new ArrayList<>();
        for (double[][] median : medians) {
            double dx = r.nextGaussian() * 0.03 * 1024 / 2;
            double dy = r.nextGaussian() * 0.03 * 1024 / 2;
            List<double[]> line = new ArrayList<>();
            for (double[] p : median) {
                double x = p[0] - 512 + dx;
                double y = p[1] - 512 + dy;
                x += shear * y;
                double tx = (cos * x - sin * y) * sx;
                double ty = (sin * x + cos * y) * sy;
                line.add(new double[] {ox + tx, oy + ty});
            }
            line = changeEnds(line, r);
            List<Ink.Point> points = new ArrayList<>();
            for (double[] p : resample(line, spacing)) {
                points.add(new Ink.Point(p[0] + r.nextGaussian(), p[1] + r.nextGaussian()));
            }
            strokes.add(points);
        }
        return new Ink(strokes, PAD, PAD);
    }

    /** The medians as they are, resampled every 6 px, the 1024 box filling the pad: no noise. */
    public static Ink clean(List<double[][]> medians) {
        double scale = PAD / 1024;
        List<List<Ink.Point>> strokes = new ArrayList<>();
        for (double[][] median : medians) {
            List<double[]> line = new ArrayList<>();
            for (double[] p : median) {
                line.add(new double[] {PAD / 2 + (p[0] - 512) * scale, PAD / 2 + (p[1] - 512) * scale});
            }
            strokes.add(resample(line, 6).stream().map(p -> new Ink.Point(p[0], p[1])).toList());
        }
        return new Ink(strokes, PAD, PAD);
    }

    private static double uniform(Random r, double from, double to) {
        return from + r.nextDouble() * (to - from);
    }

    /** Each end cut by up to 12 % of the stroke's length or drawn on as far along its end direction. */
    private static List<double[]> changeEnds(List<double[]> line, Random r) {
        if (line.size() < 2) {
            return line;
        }
        double length = length(line);
        List<double[]> dense = resample(line, Math.max(length / 100, 1e-6));
        double start = uniform(r, -0.12, 0.12) * length;
        double end = uniform(r, -0.12, 0.12) * length;
        List<double[]> out = new ArrayList<>(dense);
        out = start >= 0 ? extend(out, start, true) : cut(out, -start, true);
        out = end >= 0 ? extend(out, end, false) : cut(out, -end, false);
        return out;
    }

    private static List<double[]> extend(List<double[]> line, double by, boolean atStart) {
        List<double[]> out = new ArrayList<>(line);
        double[] tip = atStart ? line.get(0) : line.get(line.size() - 1);
        double[] before = atStart ? line.get(Math.min(3, line.size() - 1)) : line.get(Math.max(line.size() - 4, 0));
        double vx = tip[0] - before[0];
        double vy = tip[1] - before[1];
        double norm = Math.hypot(vx, vy);
        if (norm == 0) {
            return out;
        }
        double[] added = {tip[0] + vx / norm * by, tip[1] + vy / norm * by};
        if (atStart) {
            out.add(0, added);
        } else {
            out.add(added);
        }
        return out;
    }

    private static List<double[]> cut(List<double[]> line, double by, boolean atStart) {
        List<double[]> out = new ArrayList<>(line);
        double gone = 0;
        while (out.size() > 2) {
            double[] a = atStart ? out.get(0) : out.get(out.size() - 1);
            double[] b = atStart ? out.get(1) : out.get(out.size() - 2);
            gone += Math.hypot(a[0] - b[0], a[1] - b[1]);
            if (gone > by) {
                break;
            }
            out.remove(atStart ? 0 : out.size() - 1);
        }
        return out;
    }

    private static double length(List<double[]> line) {
        double sum = 0;
        for (int i = 1; i < line.size(); i++) {
            sum += Math.hypot(line.get(i)[0] - line.get(i - 1)[0], line.get(i)[1] - line.get(i - 1)[1]);
        }
        return sum;
    }

    /** Points every {@code step} along the polyline, both ends kept. */
    static List<double[]> resample(List<double[]> line, double step) {
        List<double[]> out = new ArrayList<>();
        out.add(line.get(0));
        double carry = 0;
        for (int i = 1; i < line.size(); i++) {
            double[] a = line.get(i - 1);
            double[] b = line.get(i);
            double seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double t = step - carry;
            while (t <= seg) {
                out.add(new double[] {a[0] + (b[0] - a[0]) * t / seg, a[1] + (b[1] - a[1]) * t / seg});
                t += step;
            }
            carry = seg - (t - step);
        }
        double[] last = line.get(line.size() - 1);
        double[] prev = out.get(out.size() - 1);
        if (prev[0] != last[0] || prev[1] != last[1]) {
            out.add(last);
        }
        return out;
    }
}
