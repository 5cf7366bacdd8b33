package org.dlcourse.backprop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.dlcourse.backprop.Clustering;
import org.dlcourse.backprop.LossAndGradient;
import org.dlcourse.backprop.MiniBatchSgd;
import org.dlcourse.backprop.NeuronClustering;
import org.dlcourse.backprop.NeuronGeometry;
import org.dlcourse.backprop.NeuronRace;
import org.dlcourse.backprop.Parameters;
import org.dlcourse.backprop.Race;
import org.dlcourse.backprop.RankCorrelation;
import org.dlcourse.backprop.TwoLayerNetwork;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.BinaryGrouping;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The learning-dynamics experiment of lecture 04, §10 ("not a lottery, a race"): a 784 → H → 2 ReLU network,
 * initialized small and balanced, trained by full-batch gradient descent (a discretized gradient flow) to tell
 * footwear (sandal, sneaker, ankle boot) from tops (T-shirt, pullover, coat, shirt) of Fashion-MNIST. It records the
 * per-neuron vectors v_j = [w_in, b, w_out] over training, clusters the trained neurons by cosine similarity
 * ({@link NeuronClustering}, k = 2) and measures the race ({@link NeuronRace}): within each cluster, Spearman's ρ
 * between a neuron's initial angular distance to its cluster's final direction and its final norm. Draws three
 * figures. Not a unit test: it took 16–23 minutes on the loaded 2-core course machine.
 *
 * <p>Initialization: PyTorch's default ({@link Parameters#initialize}), then W1, b1 and b2 multiplied by the scale s
 * and W2 by s·√(H(D+1)/(CD)), which makes E‖w_out‖² = E‖[w_in, b]‖² for every neuron (a balanced start, the setting
 * of the gradient-flow analysis). Settings from the arguments, default {@code 100 1e-4 0.05 600 500 figures}:
 * hidden units, scale s, learning rate, steps, training images per super-class, and the figures' directory
 * ({@code -} for none). Run from the repository root:
 * <pre>
 *   ./mvnw -q -o -f solutions/04-backprop/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.backprop.bench.LearningDynamicsRun -Dexec.args="100 1e-4 0.05 600 500 lectures/figures"
 * </pre>
 */
public final class LearningDynamicsRun {

    private static final BinaryGrouping FOOTWEAR_VS_TOPS = new BinaryGrouping("footwear", Set.of(5, 7, 9),
            "tops", Set.of(0, 2, 4, 6));
    private static final int CLUSTERS = 2;
    private static final int SNAPSHOTS = 120;

    private LearningDynamicsRun() {
    }

    public static void main(String[] args) throws IOException {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1e-4;
        double learningRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        int perClass = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        String figures = args.length > 5 ? args[5] : "-";

        Split data = FashionMnist.load(DataType.DOUBLE);
        Dataset train = BalancedSubsets.sample(FOOTWEAR_VS_TOPS.apply(data.train()), perClass,
                Seeds.of("04-backprop/dynamics/subset"));
        Dataset test = FOOTWEAR_VS_TOPS.apply(data.test());
        Parameters network = balancedSmall(hidden, scale);
        Parameters initial = network.copy();

        int every = Math.max(1, steps / SNAPSHOTS);
        List<Integer> times = new ArrayList<>();
        List<double[][]> snapshots = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        long start = System.nanoTime();
        for (int step = 0; step <= steps; step++) {
            LossAndGradient result = TwoLayerNetwork.lossAndGradient(network, train.images(), train.labels(), 0.0);
            if (step % every == 0 || step == steps) {
                times.add(step);
                snapshots.add(NeuronGeometry.vectors(network));
                losses.add(result.loss());
            }
            if (step < steps) {
                MiniBatchSgd.step(network, result.gradient(), learningRate);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Race race = NeuronRace.measure(initial, network, CLUSTERS);
        Clustering clustering = race.clustering();
        double[][] trained = snapshots.get(snapshots.size() - 1);
        System.out.printf(Locale.ROOT, "784 -> %d -> 2, %d training images (%s vs %s), balanced init s = %s,"
                + " full-batch GD lr = %s, %d steps in %.1f s%n", hidden, train.size(), FOOTWEAR_VS_TOPS.firstName(),
                FOOTWEAR_VS_TOPS.secondName(), scale, learningRate, steps, seconds);
        System.out.printf(Locale.ROOT, "loss: step 0 %.4f, final %.4f; train accuracy %.4f, test accuracy %.4f"
                + " (%d test images)%n", losses.get(0), losses.get(losses.size() - 1),
                TwoLayerNetwork.accuracy(network, train.images(), train.labels()),
                TwoLayerNetwork.accuracy(network, test.images(), test.labels()), test.size());
        System.out.println("loss every " + every + " steps: " + format(losses.stream().mapToDouble(d -> d).toArray()));
        double[] initialNorms = NeuronGeometry.norms(NeuronGeometry.vectors(initial));
        double[] effectiveOut = effectiveOutputWeights(trained);
        for (int m = 0; m < CLUSTERS; m++) {
            int[] members = members(clustering, m);
            double[] norms = IntStream.of(members).mapToDouble(j -> race.finalNorms()[j]).sorted().toArray();
            double[] distances = IntStream.of(members).mapToDouble(j -> Math.toDegrees(race.initialDistances()[j]))
                    .sorted().toArray();
            long positiveOut = IntStream.of(members).filter(j -> effectiveOut[j] > 0).count();
            System.out.printf(Locale.ROOT, "cluster %d: %d neurons (%d with w_out[tops] > w_out[footwear]);"
                    + " Spearman rho(initial angular distance, final norm) = %.3f%n", m, members.length, positiveOut,
                    race.rankCorrelations()[m]);
            System.out.printf(Locale.ROOT, "  initial distance to the cluster direction: min %.1f°, median %.1f°,"
                    + " max %.1f°; final norm: min %.3g, median %.3g, max %.3g; initial norms ~ %.3g%n",
                    distances[0], distances[distances.length / 2], distances[distances.length - 1], norms[0],
                    norms[norms.length / 2], norms[norms.length - 1], median(initialNorms));
        }
        boolean[] neverActive = neverActive(NeuronGeometry.vectors(initial), trained);
        System.out.printf(Locale.ROOT, "%d neurons never moved (inactive on every training image from the start, so"
                + " without gradient); the race among the others:%n", IntStream.range(0, hidden)
                .filter(j -> neverActive[j]).count());
        for (int m = 0; m < CLUSTERS; m++) {
            int[] racing = IntStream.of(members(clustering, m)).filter(j -> !neverActive[j]).toArray();
            System.out.printf(Locale.ROOT, "cluster %d: %d moving neurons, Spearman rho = %.3f%n", m, racing.length,
                    RankCorrelation.spearman(IntStream.of(racing).mapToDouble(j -> race.initialDistances()[j])
                            .toArray(), IntStream.of(racing).mapToDouble(j -> race.finalNorms()[j]).toArray()));
        }
        System.out.printf(Locale.ROOT, "angle between the two cluster directions: %.1f°%n",
                Math.toDegrees(NeuronGeometry.angle(clustering.directions()[0], clustering.directions()[1])));
        if (!figures.equals("-")) {
            drawFigures(Path.of(figures), race, neverActive, times, snapshots);
        }
    }

    /** PyTorch's default initialization scaled by s, with the second layer rescaled to balance the two layers. */
    private static Parameters balancedSmall(int hidden, double scale) {
        Parameters p = Parameters.initialize(FashionMnist.PIXELS, hidden, 2, DataType.DOUBLE,
                Seeds.random("04-backprop/dynamics/init"));
        double balance = Math.sqrt((double) hidden * (FashionMnist.PIXELS + 1) / (2.0 * FashionMnist.PIXELS));
        return new Parameters(p.w1().mul(scale), p.b1().mul(scale), p.w2().mul(scale * balance), p.b2().mul(scale));
    }

    private static void drawFigures(Path directory, Race race, boolean[] neverActive, List<Integer> times,
            List<double[][]> snapshots) throws IOException {
        Clustering clustering = race.clustering();
        Figure scatter = Charts.scatter("Final norm against initial angular distance to the cluster direction",
                "initial angular distance to the final cluster direction (degrees)", "final norm ‖v_j‖").logY()
                .size(900, 600);
        for (int m = 0; m < clustering.clusters(); m++) {
            int[] members = members(clustering, m);
            long moving = IntStream.of(members).filter(j -> !neverActive[j]).count();
            scatter.series(String.format(Locale.ROOT, "cluster %d: %d moving of %d, ρ(all %d) = %.2f", m, moving,
                    members.length, members.length, race.rankCorrelations()[m]),
                    IntStream.of(members).filter(j -> !neverActive[j])
                            .mapToDouble(j -> Math.toDegrees(race.initialDistances()[j])).toArray(),
                    IntStream.of(members).filter(j -> !neverActive[j]).mapToDouble(j -> race.finalNorms()[j])
                            .toArray());
        }
        int[] dead = IntStream.range(0, neverActive.length).filter(j -> neverActive[j]).toArray();
        if (dead.length > 0) {
            scatter.series("never active (no gradient), both clusters",
                    IntStream.of(dead).mapToDouble(j -> Math.toDegrees(race.initialDistances()[j])).toArray(),
                    IntStream.of(dead).mapToDouble(j -> race.finalNorms()[j]).toArray());
        }
        scatter.savePng(directory.resolve("04-race-norm-vs-distance.png"));

        double[] steps = times.stream().mapToDouble(t -> t).toArray();
        Figure norms = Charts.line("Neuron norms over training (four neurons per cluster)", "gradient-descent step",
                "‖v_j‖").logY().size(900, 600);
        Figure angles = Charts.line("Angular distance to the final cluster direction over training",
                "gradient-descent step", "angle (degrees)").size(900, 600);
        for (int m = 0; m < clustering.clusters(); m++) {
            for (int j : spread(members(clustering, m), race.initialDistances())) {
                String name = String.format(Locale.ROOT, "cluster %d, θ(0) = %.0f°", m,
                        Math.toDegrees(race.initialDistances()[j]));
                double[] direction = clustering.directions()[m];
                norms.series(name, steps, snapshots.stream().mapToDouble(s -> NeuronGeometry.norms(new double[][] {
                        s[j]})[0]).toArray());
                angles.series(name, steps, snapshots.stream()
                        .mapToDouble(s -> Math.toDegrees(NeuronGeometry.angle(s[j], direction))).toArray());
            }
        }
        norms.savePng(directory.resolve("04-race-norms-over-time.png"));
        angles.savePng(directory.resolve("04-race-angles-over-time.png"));
    }

    /** Four members of a cluster spread over its range of initial distances: the closest, two between, the farthest. */
    private static int[] spread(int[] members, double[] distances) {
        int[] byDistance = IntStream.of(members).boxed()
                .sorted((a, b) -> Double.compare(distances[a], distances[b])).mapToInt(i -> i).toArray();
        int last = byDistance.length - 1;
        return IntStream.of(0, last / 3, 2 * last / 3, last).distinct().map(k -> byDistance[k]).toArray();
    }

    /** Neurons whose vector did not change at all: no training image ever activated them, so no gradient reached them. */
    private static boolean[] neverActive(double[][] initial, double[][] trained) {
        boolean[] unchanged = new boolean[initial.length];
        for (int j = 0; j < initial.length; j++) {
            unchanged[j] = Arrays.equals(initial[j], trained[j]);
        }
        return unchanged;
    }

    private static int[] members(Clustering clustering, int cluster) {
        return IntStream.range(0, clustering.assignment().length).filter(j -> clustering.assignment()[j] == cluster)
                .toArray();
    }

    /** w_out[tops] − w_out[footwear] of every neuron: what the neuron adds to the logit difference per unit of output. */
    private static double[] effectiveOutputWeights(double[][] neurons) {
        int last = neurons[0].length - 1;
        return Arrays.stream(neurons).mapToDouble(v -> v[last] - v[last - 1]).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(double[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i += Math.max(1, values.length / 12)) {
            text.append(String.format(Locale.ROOT, "%.4f ", values[i]));
        }
        return text.toString().strip();
    }
}
