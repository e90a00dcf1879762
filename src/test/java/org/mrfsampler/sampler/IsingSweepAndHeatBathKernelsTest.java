package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

/** Behaviour shared by the checkerboard Metropolis, checkerboard heat-bath and random-scan heat-bath kernels. */
class IsingSweepAndHeatBathKernelsTest {

    private static final long SEED = 987654321L;
    private static final List<String> ALGORITHMS =
            List.of(Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH, Algorithms.HEAT_BATH_SWEEP);
    private static final List<String> SWEEP_ALGORITHMS =
            List.of(Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH_SWEEP);

    private static MarkovChain chain(String algorithm, IsingModel model, long seed, int threads) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        byte[] initial = InitialStates.random(model.size(), rng);
        return Algorithms.create(algorithm, model, initial, rng, threads);
    }

    /** Small lattices with both boundaries, odd and even sides, and side lengths 1 and 2. */
    static Stream<Arguments> smallLattices() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{7, 9}, {6, 8}, {9, 6}, {2, 5}, {3, 2}, {2, 2}, {1, 7}, {7, 1}, {1, 1}};
        for (String algorithm : ALGORITHMS) {
            for (int[] shape : shapes) {
                for (Boundary boundary : Boundary.values()) {
                    boolean tooNarrowForTorus = shape[0] < 2 || shape[1] < 2;
                    if (boundary == Boundary.PERIODIC && tooNarrowForTorus) {
                        continue;
                    }
                    cases.add(Arguments.of(algorithm, new IsingModel(shape[0], shape[1], 1.0, 0.3, 0.45, boundary)));
                }
            }
        }
        return cases.stream();
    }

    /** Lattices above the band threshold, including a torus with an odd number of rows and of columns. */
    static Stream<Arguments> largeLattices() {
        List<Arguments> cases = new ArrayList<>();
        for (String algorithm : SWEEP_ALGORITHMS) {
            cases.add(Arguments.of(algorithm, new IsingModel(512, 512, 1.0, 0.2, 0.44, Boundary.PERIODIC)));
            cases.add(Arguments.of(algorithm, new IsingModel(515, 513, 1.0, -0.2, 0.5, Boundary.PERIODIC)));
            cases.add(Arguments.of(algorithm, new IsingModel(513, 515, -1.0, 0.1, 0.3, Boundary.FREE)));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("smallLattices")
    void energyTracksRecomputation(String algorithm, IsingModel model) {
        MarkovChain chain = chain(algorithm, model, SEED, 1);

        for (int round = 0; round < 50; round++) {
            chain.advanceSweeps(20);

            assertThat(chain.energy()).isEqualTo(model.energy(chain.spins()));
            assertThat(chain.magnetization()).isEqualTo((double) Spins.sum(chain.spins()) / model.size());
        }
        assertThat(chain.accepted()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("largeLattices")
    void largeLatticeEnergyTracksRecomputation(String algorithm, IsingModel model) {
        MarkovChain chain = chain(algorithm, model, SEED, 2);

        chain.advance(6);

        assertThat(chain.energy()).isEqualTo(model.energy(chain.spins()));
        assertThat(chain.magnetization()).isEqualTo((double) Spins.sum(chain.spins()) / model.size());
    }

    @ParameterizedTest
    @MethodSource("largeLattices")
    void threadCountDoesNotChangeSpins(String algorithm, IsingModel model) {
        MarkovChain single = chain(algorithm, model, SEED, 1);
        MarkovChain two = chain(algorithm, model, SEED, 2);
        MarkovChain three = chain(algorithm, model, SEED, 3);

        single.advance(5);
        two.advance(5);
        three.advance(5);

        assertThat(two.spins()).isEqualTo(single.spins());
        assertThat(three.spins()).isEqualTo(single.spins());
        assertThat(two.accepted()).isEqualTo(single.accepted());
        assertThat(three.accepted()).isEqualTo(single.accepted());
    }

    @Test
    void bandsDependOnlyOnLatticeSize() {
        IsingModel small = new IsingModel(511, 512, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        IsingModel even = new IsingModel(512, 512, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        IsingModel oddTorus = new IsingModel(515, 513, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        IsingModel oddFree = new IsingModel(515, 513, 1.0, 0.0, 0.4, Boundary.FREE);

        for (int threads = 1; threads <= 3; threads++) {
            assertThat(bandStarts(small, threads)).containsExactly(0, 511);
            assertThat(bandStarts(even, threads)).hasSize(IsingCheckerboardSweep.MAX_BANDS + 1)
                    .startsWith(0, 8, 16).endsWith(504, 512);
            // The last row of an odd torus shares a colour with the first, so it is a band of its own.
            assertThat(bandStarts(oddTorus, threads)).hasSize(IsingCheckerboardSweep.MAX_BANDS + 2)
                    .endsWith(514, 515);
            assertThat(bandStarts(oddFree, threads)).hasSize(IsingCheckerboardSweep.MAX_BANDS + 1)
                    .endsWith(515);
        }
    }

    private static int[] bandStarts(IsingModel model, int threads) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(SEED);
        byte[] initial = InitialStates.uniform(model.size(), 1);
        return new IsingCheckerboardMetropolis(model, initial, rng, threads).bandStarts();
    }

    @ParameterizedTest
    @ValueSource(strings = {Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH_SWEEP})
    void largeLatticeNeedsJumpableGenerator(String algorithm) {
        IsingModel model = new IsingModel(512, 512, 1.0, 0.0, 0.4, Boundary.PERIODIC);
        UniformRandomProvider jumpable = RandomStreams.xoshiro256PlusPlus(SEED);
        UniformRandomProvider notJumpable = jumpable::nextLong;
        byte[] initial = InitialStates.uniform(model.size(), 1);

        assertThatThrownBy(() -> Algorithms.create(algorithm, model, initial, notJumpable, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jumpable");
    }

    @ParameterizedTest
    @ValueSource(strings = {Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH, Algorithms.HEAT_BATH_SWEEP})
    void countersFollowInterface(String algorithm) {
        IsingModel model = new IsingModel(6, 10, 1.0, 0.1, 0.3, Boundary.PERIODIC);
        MarkovChain chain = chain(algorithm, model, SEED, 1);
        boolean sweepKernel = SWEEP_ALGORITHMS.contains(algorithm);

        chain.advanceSweeps(3);
        chain.advance(chain.stepsPerSweep());

        assertThat(chain.stepsPerSweep()).isEqualTo(sweepKernel ? 1 : model.size());
        assertThat(chain.siteUpdates()).isEqualTo(4L * model.size());
        assertThat(chain.proposals()).isEqualTo(4L * model.size());
        assertThat(chain.accepted()).isBetween(1L, chain.proposals() - 1);
    }

    /** At J = 0 the sites are independent and ⟨s_i⟩ = tanh(βh) exactly. */
    @ParameterizedTest
    @ValueSource(strings = {Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH, Algorithms.HEAT_BATH_SWEEP})
    void freeSpinsAverageTanhOfField(String algorithm) {
        IsingModel model = new IsingModel(8, 8, 0.0, 0.5, 1.0, Boundary.PERIODIC);
        MarkovChain chain = chain(algorithm, model, SEED, 1);
        chain.advanceSweeps(100);

        double sum = 0;
        int samples = 20_000;
        for (int sample = 0; sample < samples; sample++) {
            chain.advanceSweeps(1);
            sum += chain.magnetization();
        }

        assertThat(sum / samples).isCloseTo(Math.tanh(0.5), offset(0.01));
    }

    /**
     * Compares ⟨E⟩ and ⟨m⟩ with exact enumeration on a 3×3 torus, whose odd sides make same-colour
     * neighbours across the wrap, and on a free 3×4 lattice.
     */
    @ParameterizedTest
    @MethodSource("enumerableLattices")
    void averagesMatchExactEnumeration(String algorithm, IsingModel model) {
        double[] exact = exactEnergyAndMagnetization(model);
        MarkovChain chain = chain(algorithm, model, SEED, 1);
        chain.advanceSweeps(1_000);

        double energySum = 0;
        double magnetizationSum = 0;
        int samples = 1_000_000;
        for (int sample = 0; sample < samples; sample++) {
            chain.advanceSweeps(1);
            energySum += chain.energy();
            magnetizationSum += chain.magnetization();
        }

        assertThat(energySum / samples / model.size())
                .isCloseTo(exact[0] / model.size(), offset(0.01));
        // The bound is about five standard errors: ⟨m⟩ of a small ferromagnet is bimodal and mixes slowly.
        assertThat(magnetizationSum / samples).isCloseTo(exact[1], offset(0.02));
    }

    static Stream<Arguments> enumerableLattices() {
        List<Arguments> cases = new ArrayList<>();
        for (String algorithm : ALGORITHMS) {
            cases.add(Arguments.of(algorithm, new IsingModel(3, 3, 1.0, 0.2, 0.4, Boundary.PERIODIC)));
            cases.add(Arguments.of(algorithm, new IsingModel(3, 4, 1.0, -0.3, 0.6, Boundary.FREE)));
        }
        return cases.stream();
    }

    /** Returns {⟨E⟩, ⟨m⟩} under p(s) ∝ exp(−β E(s)), summed over all 2^N states. */
    private static double[] exactEnergyAndMagnetization(IsingModel model) {
        int size = model.size();
        double[] energies = new double[1 << size];
        double minimum = Double.POSITIVE_INFINITY;
        byte[] spins = new byte[size];
        for (int state = 0; state < energies.length; state++) {
            for (int site = 0; site < size; site++) {
                spins[site] = (byte) (((state >> site) & 1) == 0 ? -1 : 1);
            }
            energies[state] = model.energy(spins);
            minimum = Math.min(minimum, energies[state]);
        }
        double partition = 0;
        double energy = 0;
        double magnetization = 0;
        for (int state = 0; state < energies.length; state++) {
            double weight = Math.exp(-model.beta() * (energies[state] - minimum));
            partition += weight;
            energy += weight * energies[state];
            magnetization += weight * (2.0 * Integer.bitCount(state) - size) / size;
        }
        return new double[] {energy / partition, magnetization / partition};
    }

    @Test
    void sequentialChainsShareWorkerThreads() {
        IsingModel model = new IsingModel(512, 512, 1.0, 0.0, 0.44, Boundary.PERIODIC);
        int chains = 30;

        for (int i = 0; i < chains; i++) {
            chain(Algorithms.METROPOLIS_SWEEP, model, SEED + i, 3).advance(2);
        }

        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("mrf-kernel-worker-"))
                .toList();
        assertThat(workers).isNotEmpty();
        assertThat(workers).hasSizeLessThan(chains);
        assertThat(workers).allMatch(Thread::isDaemon);
    }
}
