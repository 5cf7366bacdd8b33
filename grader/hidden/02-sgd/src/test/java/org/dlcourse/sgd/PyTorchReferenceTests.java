package org.dlcourse.sgd;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Agreement with torch.optim.SGD in float64 on L(w) = ½·mean((A w − b)²), five steps: plain SGD and momentum from
 * the course's shared reference ({@code pytorch-reference.json}, PyTorch 2.11), and Nesterov, weight decay,
 * dampening and a two-parameter model from {@code pytorch-sgd-options.json} (PyTorch 1.13, written by the
 * checked-in {@code src/test/python/sgd_options_reference.py}). Provenance inside each file. A sample, not the
 * whole truth: {@link SgdProperties} checks the same update on generated runs.
 */
class PyTorchReferenceTests {

    /**
     * Five steps on values of order 1, the gradient Aᵀ(Aw − b)/n summed over 20 rows: PyTorch and a correct ND4J
     * update differ in summation order only, ≲ 1e-15 (a NumPy replay of the two shared runs agreed to 1.7e-16);
     * 1e-12 is margin.
     */
    private static final Tolerance PYTORCH = Tolerance.of(1e-12, 1e-12);

    private final ReferenceValues shared = ReferenceValues.load(PyTorchReferenceTests.class, "pytorch-reference.json");
    private final ReferenceValues options =
            ReferenceValues.load(PyTorchReferenceTests.class, "pytorch-sgd-options.json");
    private final INDArray a = shared.matrix("/sgd/A");
    private final INDArray b = shared.vector("/sgd/b").reshape(-1, 1);

    @Test
    @Graded(points = 2, task = "sgd",
            hint = "Plain SGD differs from torch.optim.SGD(lr=0.1) on a least-squares problem: each step is theta <- theta - lr*g.")
    void plainSgdMatchesPyTorch() {
        assertFollows(shared, "/sgd/runs/0");
    }

    @Test
    @Graded(points = 2, task = "sgd",
            hint = "Momentum differs from torch.optim.SGD(lr=0.1, momentum=0.9): b = g at the first step, then b <- mu*b + g, and theta <- theta - lr*b.")
    void momentumMatchesPyTorch() {
        assertFollows(shared, "/sgd/runs/1");
    }

    @Test
    @Graded(points = 1, task = "sgd",
            hint = "Nesterov momentum differs from torch.optim.SGD(nesterov=True): step along g + mu*b with the buffer b already updated.")
    void nesterovMatchesPyTorch() {
        assertFollows(options, "/one_parameter/0");
        assertFollows(options, "/one_parameter/5");
    }

    @Test
    @Graded(points = 1, task = "sgd",
            hint = "Weight decay differs from torch.optim.SGD(weight_decay=...): add wd*theta (theta before the step) to the gradient, before any momentum.")
    void weightDecayMatchesPyTorch() {
        assertFollows(options, "/one_parameter/1");
        assertFollows(options, "/one_parameter/2");
    }

    @Test
    @Graded(points = 1, task = "sgd",
            hint = "Dampening differs from torch.optim.SGD(dampening=...): after the first step b <- mu*b + (1 - tau)*g; the first step sets b = g undamped.")
    void dampeningMatchesPyTorch() {
        assertFollows(options, "/one_parameter/3");
        assertFollows(options, "/one_parameter/4");
    }

    @Test
    @Graded(points = 1, task = "sgd",
            hint = "With two parameters every one keeps its own momentum buffer: your run of (w, c) differs from torch.optim.SGD's.")
    void everyParameterKeepsItsOwnBuffer() {
        JsonNode runs = options.node("/two_parameters");
        for (int r = 0; r < runs.size(); r++) {
            SgdSettings settings = settings(runs.get(r).get("config"));
            INDArray w = shared.vector("/sgd/w0").reshape(1, -1);
            INDArray c = options.vector("/c0").reshape(1, 1);
            Sgd optimizer = new Sgd(List.of(w, c), settings);
            for (int step = 0; step < runs.get(r).get("w").size(); step++) {
                INDArray residual = a.mmul(w.reshape(-1, 1)).addi(c.getDouble(0)).subi(b);
                INDArray gradientW = a.transpose().mmul(residual).divi(a.rows()).reshape(1, -1);
                INDArray gradientC = residual.sum(true, 0).divi(a.rows());
                optimizer.step(List.of(gradientW, gradientC));

                assertThat(w).as("w after step %d of %s", step + 1, settings)
                        .isCloseTo(options.vector("/two_parameters/" + r + "/w/" + step).reshape(1, -1), PYTORCH);
                assertThat(c).as("c after step %d of %s", step + 1, settings)
                        .isCloseTo(options.vector("/two_parameters/" + r + "/c/" + step).reshape(1, 1), PYTORCH);
            }
        }
    }

    private void assertFollows(ReferenceValues source, String run) {
        SgdSettings settings = settings(source.node(run + "/config"));
        INDArray w = shared.vector("/sgd/w0").reshape(1, -1);
        Sgd optimizer = new Sgd(List.of(w), settings);
        List<INDArray> expected = new ArrayList<>();
        for (int step = 0; step < source.node(run + "/trajectory").size(); step++) {
            expected.add(source.vector(run + "/trajectory/" + step).reshape(1, -1));
        }
        for (int step = 0; step < expected.size(); step++) {
            INDArray residual = a.mmul(w.reshape(-1, 1)).subi(b);
            optimizer.step(List.of(a.transpose().mmul(residual).divi(a.rows()).reshape(1, -1)));

            assertThat(w).as("w after step %d of %s", step + 1, settings).isCloseTo(expected.get(step), PYTORCH);
        }
    }

    private static SgdSettings settings(JsonNode config) {
        return new SgdSettings(config.get("lr").asDouble(), config.path("momentum").asDouble(0.0),
                config.path("dampening").asDouble(0.0), config.path("weight_decay").asDouble(0.0),
                config.path("nesterov").asBoolean(false));
    }
}
