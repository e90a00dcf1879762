package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

class IsingMultispinMetropolisTest {

    private static IsingMultispinMetropolis chain(IsingModel model, long seed, int threads) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        return new IsingMultispinMetropolis(model, InitialStates.random(model.size(), rng), rng, threads);
    }

    private static byte[] verticalStripes(int rows, int cols) {
        byte[] spins = new byte[rows * cols];
        for (int site = 0; site < spins.length; site++) {
            spins[site] = (byte) ((site % cols) % 2 == 0 ? 1 : -1);
        }
        return spins;
    }

    private static int differingSites(byte[] a, byte[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void energyTracksRecomputation(Boundary boundary) {
        int[][] shapes = boundary == Boundary.PERIODIC
                ? new int[][] {{16, 128}, {2, 256}, {6, 384}}
                : new int[][] {{16, 128}, {1, 128}, {2, 256}, {5, 384}};
        for (int[] shape : shapes) {
            for (double coupling : new double[] {1.0, -0.6}) {
                IsingModel model = new IsingModel(shape[0], shape[1], coupling, 0.0, 0.44 / Math.abs(coupling),
                        boundary);
                IsingMultispinMetropolis chain = chain(model, 17, 1);
                for (int sweep = 0; sweep < 40; sweep++) {
                    chain.advance(1);

                    double energy = chain.energy();
                    double magnetization = chain.magnetization();
                    byte[] spins = chain.spins();
                    assertThat(energy).as("energy after sweep %d on %s", sweep, model)
                            .isEqualTo(model.energy(spins));
                    assertThat(magnetization).as("magnetisation after sweep %d on %s", sweep, model)
                            .isEqualTo((double) Spins.sum(spins) / model.size());
                }
            }
        }
    }

    /** Runs sweeps and returns the mean energy and its standard error from 40 batch means. */
    private static double[] meanEnergy(MarkovChain chain, int burnIn, int sweeps) {
        chain.advance(burnIn);
        int batches = 40;
        int perBatch = sweeps / batches;
        double[] means = new double[batches];
        for (int batch = 0; batch < batches; batch++) {
            double sum = 0;
            for (int sweep = 0; sweep < perBatch; sweep++) {
                chain.advance(1);
                sum += chain.energy();
            }
            means[batch] = sum / perBatch;
        }
        double mean = 0;
        for (double value : means) {
            mean += value / batches;
        }
        double squares = 0;
        for (double value : means) {
            squares += (value - mean) * (value - mean);
        }
        return new double[] {mean, Math.sqrt(squares / (batches - 1) / batches)};
    }

    /** Computes ln Z of a 2 × cols torus with a 4 × 4 column transfer matrix. The two rows share two bonds. */
    private static double lnPartitionTwoRowTorus(int cols, double coupling, double beta) {
        double[][] transfer = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                int a0 = (a & 1) * 2 - 1;
                int a1 = (a >> 1) * 2 - 1;
                int b0 = (b & 1) * 2 - 1;
                int b1 = (b >> 1) * 2 - 1;
                // Half of each column's two vertical bonds, plus the two horizontal bonds between columns.
                double bonds = a0 * a1 + b0 * b1 + a0 * b0 + a1 * b1;
                transfer[a][b] = Math.exp(beta * coupling * bonds);
            }
        }
        double[][] power = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        double logScale = 0;
        for (int col = 0; col < cols; col++) {
            double[][] next = new double[4][4];
            double max = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    for (int k = 0; k < 4; k++) {
                        next[i][j] += power[i][k] * transfer[k][j];
                    }
                    max = Math.max(max, next[i][j]);
                }
            }
            for (double[] row : next) {
                for (int j = 0; j < 4; j++) {
                    row[j] /= max;
                }
            }
            logScale += Math.log(max);
            power = next;
        }
        return Math.log(power[0][0] + power[1][1] + power[2][2] + power[3][3]) + logScale;
    }

    @Test
    void freeChainMatchesExactEnergy() {
        // Every site of a single free row lacks its up and down neighbours, so only the edge path runs.
        double beta = 0.5;
        IsingModel model = new IsingModel(1, 128, 1.0, 0.0, beta, Boundary.FREE);
        double exact = -127 * Math.tanh(beta);

        double[] estimate = meanEnergy(chain(model, 31, 1), 1000, 40_000);

        assertThat(estimate[0]).isCloseTo(exact, Offset.offset(5 * estimate[1]));
    }

    @Test
    void twoRowTorusMatchesExactEnergy() {
        // Every site of a periodic lattice has four neighbours, so only the interior path runs.
        double beta = 0.3;
        double step = 1e-5;
        IsingModel model = new IsingModel(2, 128, 1.0, 0.0, beta, Boundary.PERIODIC);
        double exact = -(lnPartitionTwoRowTorus(128, 1.0, beta + step) - lnPartitionTwoRowTorus(128, 1.0, beta - step))
                / (2 * step);

        double[] estimate = meanEnergy(chain(model, 37, 1), 1000, 40_000);

        assertThat(estimate[0]).isCloseTo(exact, Offset.offset(5 * estimate[1]));
    }

    @Test
    void spinsReturnInitialStateBeforeSteps() {
        IsingModel model = new IsingModel(4, 256, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        byte[] initial = InitialStates.random(model.size(), RandomStreams.xoshiro256PlusPlus(2));
        byte[] expected = initial.clone();

        IsingMultispinMetropolis chain = new IsingMultispinMetropolis(model, initial,
                RandomStreams.xoshiro256PlusPlus(3), 1);
        chain.advance(0);

        assertThat(chain.spins()).isEqualTo(expected);
        assertThat(chain.energy()).isEqualTo(model.energy(expected));
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void acceptedCountsFlippedSpins(Boundary boundary) {
        IsingModel model = new IsingModel(8, 128, 1.0, 0.0, 0.5, boundary);
        IsingMultispinMetropolis chain = chain(model, 23, 1);
        long changed = 0;
        for (int sweep = 0; sweep < 30; sweep++) {
            byte[] before = chain.spins().clone();
            chain.advance(1);
            // Every site is updated exactly once per sweep, so the changed sites are the flips.
            changed += differingSites(before, chain.spins());
        }

        assertThat(changed).isPositive();
        assertThat(chain.accepted()).isEqualTo(changed);
        assertThat(chain.proposals()).isEqualTo(30L * model.size());
        assertThat(chain.siteUpdates()).isEqualTo(30L * model.size());
        assertThat(chain.stepsPerSweep()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void threadCountDoesNotChangeResult(Boundary boundary) {
        // 512 × 640 sites split into blocks of 102 rows, the last one shorter.
        IsingModel model = new IsingModel(512, 640, 1.0, 0.0, 0.44, boundary);
        IsingMultispinMetropolis oneThread = chain(model, 99, 1);
        IsingMultispinMetropolis twoThreads = chain(model, 99, 2);
        IsingMultispinMetropolis threeThreads = chain(model, 99, 3);

        oneThread.advance(4);
        twoThreads.advance(4);
        threeThreads.advance(4);

        assertThat(twoThreads.spins()).isEqualTo(oneThread.spins());
        assertThat(threeThreads.spins()).isEqualTo(oneThread.spins());
        assertThat(twoThreads.accepted()).isEqualTo(oneThread.accepted());
        assertThat(threeThreads.accepted()).isEqualTo(oneThread.accepted());
        assertThat(threeThreads.energy()).isEqualTo(model.energy(threeThreads.spins()));
    }

    @Test
    void blockedLatticeDependsOnSeed() {
        IsingModel model = new IsingModel(512, 512, 1.0, 0.0, 0.44, Boundary.PERIODIC);
        IsingMultispinMetropolis first = chain(model, 1, 2);
        IsingMultispinMetropolis second = chain(model, 2, 2);

        first.advance(2);
        second.advance(2);

        assertThat(first.spins()).isNotEqualTo(second.spins());
    }

    @Test
    void stripeStateRelaxesAtLowTemperature() {
        IsingModel model = new IsingModel(16, 128, 100.0, 0.0, 1.0, Boundary.PERIODIC);
        IsingMultispinMetropolis chain = new IsingMultispinMetropolis(model, verticalStripes(16, 128),
                RandomStreams.xoshiro256PlusPlus(11), 1);
        assertThat(chain.energy()).isEqualTo(0.0);

        chain.advance(400);

        assertThat(chain.energy()).isLessThan(0.0);
    }

    @Test
    void plainMetropolisCyclesOnStripes() {
        IsingModel model = new IsingModel(16, 128, 100.0, 0.0, 1.0, Boundary.PERIODIC);
        byte[] stripes = verticalStripes(16, 128);
        IsingMultispinMetropolis chain = new IsingMultispinMetropolis(model, stripes.clone(),
                RandomStreams.xoshiro256PlusPlus(11), 1, true);

        for (int sweep = 1; sweep <= 400; sweep++) {
            chain.advance(1);
            assertThat(chain.energy()).as("energy after sweep %d", sweep).isEqualTo(0.0);
        }

        // Vertical stripes become horizontal ones after colour 0 and inverted vertical ones after colour 1.
        assertThat(chain.spins()).isEqualTo(stripes);
        assertThat(chain.accepted()).isEqualTo(400L * model.size());
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void groundStateStaysWhenUphillMovesAreImpossible(Boundary boundary) {
        // βJ = 200 makes exp(−2βJ·m) underflow to 0 for every m ≥ 2.
        IsingModel model = new IsingModel(6, 256, 1.0, 0.0, 200.0, boundary);
        IsingMultispinMetropolis chain = new IsingMultispinMetropolis(model, InitialStates.uniform(model.size(), 1),
                RandomStreams.xoshiro256PlusPlus(4), 1);

        chain.advance(50);

        assertThat(chain.accepted()).isZero();
        assertThat(chain.magnetization()).isEqualTo(1.0);
    }

    @Test
    void unsupportedRejectsColumnsNotMultipleOf128() {
        IsingModel model = new IsingModel(16, 100, 1.0, 0.0, 0.4, Boundary.PERIODIC);

        assertThat(Algorithms.unsupported(Algorithms.MULTISPIN, model)).hasValueSatisfying(reason -> {
            assertThat(reason).contains("multiple of 128");
            assertThat(reason).contains("cols = 128");
        });
    }

    @Test
    void unsupportedRejectsOddPeriodicRows() {
        IsingModel periodic = new IsingModel(5, 128, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        IsingModel free = new IsingModel(5, 128, 1.0, 0.0, 0.4, Boundary.FREE);

        assertThat(Algorithms.unsupported(Algorithms.MULTISPIN, periodic)).hasValueSatisfying(
                reason -> assertThat(reason).contains("even number of rows").contains("rows = 6"));
        assertThat(Algorithms.unsupported(Algorithms.MULTISPIN, free)).isEmpty();
    }

    @Test
    void unsupportedRejectsNonzeroField() {
        IsingModel model = new IsingModel(16, 128, 1.0, -0.1, 0.4, Boundary.FREE);

        assertThat(Algorithms.unsupported(Algorithms.MULTISPIN, model)).hasValueSatisfying(
                reason -> assertThat(reason).contains("h = 0").contains("metropolis"));
    }

    @Test
    void unsupportedRejectsHopfieldModel() {
        HopfieldModel model = new HopfieldModel(2, 2, 1.0, List.of(new byte[] {1, -1, 1, -1}));

        assertThat(Algorithms.unsupported(Algorithms.MULTISPIN, model)).hasValueSatisfying(
                reason -> assertThat(reason).contains("Ising"));
    }

    @Test
    void constructorRejectsZeroThreads() {
        IsingModel model = new IsingModel(2, 128, 1.0, 0.0, 0.4, Boundary.FREE);

        assertThatIllegalArgumentException().isThrownBy(() -> new IsingMultispinMetropolis(model,
                InitialStates.uniform(256, 1), RandomStreams.xoshiro256PlusPlus(1), 0));
    }

    @Test
    void algorithmsCreatesMultispinForSupportedLattice() {
        IsingModel model = new IsingModel(16, 128, -1.0, 0.0, 0.4, Boundary.PERIODIC);

        assertThat(Algorithms.names()).contains(Algorithms.MULTISPIN);
        assertThat(Algorithms.create(Algorithms.MULTISPIN, model, InitialStates.uniform(model.size(), 1),
                RandomStreams.xoshiro256PlusPlus(1), 2)).isInstanceOf(IsingMultispinMetropolis.class);
    }
}
