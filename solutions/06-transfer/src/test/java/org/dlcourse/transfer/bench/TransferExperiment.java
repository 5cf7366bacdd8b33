package org.dlcourse.transfer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.random.Seeds;
import org.dlcourse.transfer.Architecture;
import org.dlcourse.transfer.Backbone;
import org.dlcourse.transfer.FewShot;
import org.dlcourse.transfer.GroupedSgd;
import org.dlcourse.transfer.Network;
import org.dlcourse.transfer.Parameter;
import org.dlcourse.transfer.ParameterGroup;
import org.dlcourse.transfer.Transfer;
import org.dlcourse.transfer.TransferRun;
import org.dlcourse.transfer.TransferSettings;
import org.dlcourse.transfer.TransferTraining;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The experiment of lecture 06, §5: pretrain an MLP 784 → 64 → 32 (batch norm, ReLU) on the Fashion-MNIST classes
 * 0–4, then transfer it to the classes 5–9 with k ∈ {5, 20, 100} labels per class by linear probing, fine-tuning,
 * LP-FT and training from scratch, over several seeds; prints the table and draws the figure
 * {@code 06-transfer-few-shot.png} (mean ± one standard deviation over the seeds) into the directory given as the
 * first argument (default {@code lectures/figures}); the second argument is the number of seeds (default 3).
 *
 * <p>Sized to run in minutes on a shared two-core machine. Every setting is fixed in advance, not tuned on the test
 * set: source training on a seeded balanced subset of 1,000 images per source class for 4 epochs (batch 50, lr 0.05,
 * μ 0.9, wd 5e-4); every target run takes 100 SGD steps with batches of min(25, 5k) (head lr 0.05, backbone lr
 * 0.005, μ 0.9, wd 5e-4; from scratch everything at 0.05); LP-FT's second stage starts from the linear probe of the
 * same seed and takes another 100 steps. Accuracy on all 5,000 test images of classes 5–9.
 * Run from the repository root:
 * <pre>
 *   ./mvnw -q -o -f solutions/06-transfer/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.transfer.bench.TransferExperiment -Dexec.args="lectures/figures 3"
 * </pre>
 */
public final class TransferExperiment {

    static final Architecture ARCHITECTURE = new Architecture(FashionMnist.PIXELS, new int[] {64, 32}, true);
    static final int[] LABELS_PER_CLASS = {5, 20, 100};
    static final int STEPS = 100;
    static final int SOURCE_PER_CLASS = 1000;
    static final int CLASSES = 5;
    static final TransferSettings SETTINGS = new TransferSettings(0.05, 0.005, 0.9, 5e-4);
    static final List<String> STRATEGIES = List.of("linear probe", "fine-tuning", "LP-FT", "from scratch");

    private TransferExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long start = System.nanoTime();
        Split data = FashionMnist.load(DataType.DOUBLE);
        Dataset sourceTrain = BalancedSubsets.sample(classes(data.train(), 0), SOURCE_PER_CLASS,
                Seeds.of("06-transfer/pretraining/subset"));
        Dataset sourceTest = classes(data.test(), 0);
        Dataset targetTrain = classes(data.train(), CLASSES);
        Dataset targetTest = classes(data.test(), CLASSES);

        Backbone backbone = new Backbone(ARCHITECTURE, Seeds.of("06-transfer/pretraining/init"));
        Network sourceNetwork = new Network(backbone,
                Network.newHead(backbone, CLASSES, Seeds.of("06-transfer/pretraining/head")));
        TransferRun source = new TransferRun(sourceNetwork, new GroupedSgd(List.of(new ParameterGroup("all",
                sourceNetwork.parameters(), 0.05)), 0.9, 5e-4));
        double[] sourceLosses = TransferTraining.train(source, sourceTrain.images(), sourceTrain.labels(), 4, 50,
                Seeds.of("06-transfer/pretraining/order"));
        Backbone pretrained = sourceNetwork.backbone();
        System.out.printf(Locale.ROOT, "pretraining on classes 0-4 (%d images): losses %s, source test accuracy %.4f,"
                + " %.1f s%n", sourceTrain.size(), Arrays.toString(sourceLosses),
                sourceNetwork.accuracy(sourceTest.images(), sourceTest.labels()), seconds(start));

        Map<String, double[][]> accuracy = new LinkedHashMap<>();
        Map<String, double[][]> drift = new LinkedHashMap<>();
        for (String strategy : STRATEGIES) {
            accuracy.put(strategy, new double[LABELS_PER_CLASS.length][seeds]);
            drift.put(strategy, new double[LABELS_PER_CLASS.length][seeds]);
        }
        for (int kIndex = 0; kIndex < LABELS_PER_CLASS.length; kIndex++) {
            int k = LABELS_PER_CLASS[kIndex];
            for (int s = 0; s < seeds; s++) {
                long seed = Seeds.of("06-transfer/target/k" + k + "/seed" + s);
                Dataset few = targetTrain.select(FewShot.indices(targetTrain.labels(), CLASSES, k, seed));
                int batch = Math.min(25, few.size());
                int epochs = Math.max(1, STEPS * batch / few.size());
                TransferRun probe = Transfer.linearProbe(pretrained, CLASSES, SETTINGS, seed);
                TransferRun fineTune = Transfer.fineTune(pretrained, CLASSES, SETTINGS, seed);
                TransferRun scratch = Transfer.scratch(ARCHITECTURE, CLASSES, SETTINGS, seed);
                TransferTraining.train(probe, few.images(), few.labels(), epochs, batch, seed);
                TransferRun lpft = Transfer.lpft(probe.network(), SETTINGS);
                Map<String, TransferRun> runs = Map.of(STRATEGIES.get(0), probe, STRATEGIES.get(1), fineTune,
                        STRATEGIES.get(2), lpft, STRATEGIES.get(3), scratch);
                for (String strategy : STRATEGIES.subList(1, 4)) {
                    TransferTraining.train(runs.get(strategy), few.images(), few.labels(), epochs, batch, seed + 1);
                }
                for (String strategy : STRATEGIES) {
                    Network network = runs.get(strategy).network();
                    accuracy.get(strategy)[kIndex][s] = network.accuracy(targetTest.images(), targetTest.labels());
                    drift.get(strategy)[kIndex][s] = relativeChange(pretrained, network.backbone());
                }
            }
            System.out.printf(Locale.ROOT, "k = %d done, %.1f s%n", k, seconds(start));
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "target test accuracy (classes 5-9, %d test images), mean ± standard deviation"
                + " over %d seeds%n%n", targetTest.size(), seeds);
        System.out.println("| labels per class | " + String.join(" | ", STRATEGIES) + " |");
        System.out.println("|---|" + "---|".repeat(STRATEGIES.size()));
        for (int kIndex = 0; kIndex < LABELS_PER_CLASS.length; kIndex++) {
            StringBuilder row = new StringBuilder("| " + LABELS_PER_CLASS[kIndex] + " |");
            for (String strategy : STRATEGIES) {
                double[] values = accuracy.get(strategy)[kIndex];
                row.append(String.format(Locale.ROOT, " %.3f ± %.3f (min %.3f, max %.3f) |", mean(values),
                        std(values), Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow()));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("relative change of the backbone ‖θ − θ_pretrained‖/‖θ_pretrained‖, mean over seeds");
        for (int kIndex = 0; kIndex < LABELS_PER_CLASS.length; kIndex++) {
            StringBuilder row = new StringBuilder("| " + LABELS_PER_CLASS[kIndex] + " |");
            for (String strategy : STRATEGIES.subList(0, 3)) {
                row.append(String.format(Locale.ROOT, " %s %.4f |", strategy, mean(drift.get(strategy)[kIndex])));
            }
            System.out.println(row);
        }
        Path figure = drawFigure(figures.resolve("06-transfer-few-shot.png"), accuracy);
        System.out.printf(Locale.ROOT, "%nwrote %s; total %.1f s%n", figure, seconds(start));
    }

    /** The samples of classes first, …, first + 4, relabelled 0–4. */
    static Dataset classes(Dataset data, int first) {
        int[] indices = IntStream.range(0, data.size())
                .filter(i -> data.labels()[i] >= first && data.labels()[i] < first + CLASSES).toArray();
        Dataset selected = data.select(indices);
        int[] labels = Arrays.stream(selected.labels()).map(label -> label - first).toArray();
        return new Dataset(selected.images(), labels, FashionMnist.CLASS_NAMES.subList(first, first + CLASSES));
    }

    /** ‖θ − θ₀‖/‖θ₀‖ over all backbone parameters. */
    static double relativeChange(Backbone before, Backbone after) {
        double difference = 0.0;
        double norm = 0.0;
        List<Parameter> a = before.parameters();
        List<Parameter> b = after.parameters();
        for (int i = 0; i < a.size(); i++) {
            INDArray delta = b.get(i).value().sub(a.get(i).value());
            difference += delta.mul(delta).sumNumber().doubleValue();
            norm += a.get(i).value().mul(a.get(i).value()).sumNumber().doubleValue();
        }
        return Math.sqrt(difference / norm);
    }

    static Path drawFigure(Path file, Map<String, double[][]> accuracy) throws IOException {
        XYChart chart = Charts.line("Transfer from classes 0-4 to classes 5-9 of Fashion-MNIST",
                "labels per class (log scale)", "target test accuracy").logX().size(800, 560).chart();
        double[] x = Arrays.stream(LABELS_PER_CLASS).asDoubleStream().toArray();
        for (String strategy : accuracy.keySet()) {
            double[][] values = accuracy.get(strategy);
            double[] means = Arrays.stream(values).mapToDouble(TransferExperiment::mean).toArray();
            double[] spreads = Arrays.stream(values).mapToDouble(TransferExperiment::std).toArray();
            chart.addSeries(strategy + " (mean ± std)", x, means, spreads);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** The sample standard deviation (n − 1), 0 for a single value. */
    static double std(double[] values) {
        if (values.length < 2) {
            return 0.0;
        }
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
