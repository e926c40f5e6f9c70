package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the score distribution's bar chart, drawn as SVG on the server: the page needs no script, and
 * the chart prints as sharply as the text. Coordinates are in the SVG's own units ({@link #WIDTH} ×
 * {@link #HEIGHT}); CSS scales the whole drawing to the page.
 */
public record ScoreHistogramSvg(List<Bar> bars, List<Tick> ticks, int axisMax) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    public static final int LEFT = 56;
    public static final int RIGHT = 12;
    public static final int TOP = 20;
    public static final int BOTTOM = 64;
    public static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    public static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    /** Where the bars stand: the y of the horizontal axis. */
    public static final int BASELINE = TOP + PLOT_HEIGHT;
    /** The value axis never gets more steps than this, so that its labels stay readable. */
    private static final int MAX_STEPS = 5;

    /** One bar, its count printed above it and its range below the axis. */
    public record Bar(ScoreDistribution.Bin bin, double x, double y, double width, double height, double centre) {
    }

    /** A gridline with its label on the value axis. */
    public record Tick(int value, double y) {
    }

    public ScoreHistogramSvg {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    public static ScoreHistogramSvg of(ScoreDistribution distribution) {
        int step = step(distribution.maxCount());
        int axisMax = Math.max(step, ceilTo(distribution.maxCount(), step));
        List<Bar> bars = new ArrayList<>();
        double slot = (double) PLOT_WIDTH / distribution.bins().size();
        double barWidth = slot * 0.75;
        for (int i = 0; i < distribution.bins().size(); i++) {
            ScoreDistribution.Bin bin = distribution.bins().get(i);
            double height = (double) PLOT_HEIGHT * bin.count() / axisMax;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(bin, round(x), round(BASELINE - height), round(barWidth), round(height),
                    round(LEFT + i * slot + slot / 2)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= axisMax; value += step) {
            ticks.add(new Tick(value, round(BASELINE - (double) PLOT_HEIGHT * value / axisMax)));
        }
        return new ScoreHistogramSvg(bars, ticks, axisMax);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50 … that covers {@code max} in at most {@link #MAX_STEPS} steps. */
    static int step(int max) {
        int magnitude = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                int step = factor * magnitude;
                if (ceilTo(max, step) / step <= MAX_STEPS) {
                    return step;
                }
            }
            magnitude *= 10;
        }
    }

    private static int ceilTo(int value, int step) {
        return (value + step - 1) / step * step;
    }

    /** One decimal is finer than a screen pixel at any size the page shows the chart. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotCentre() {
        return LEFT + PLOT_WIDTH / 2;
    }
}
