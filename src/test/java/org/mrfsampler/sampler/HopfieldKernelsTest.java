package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.Spins;

class HopfieldKernelsTest {

    private static final String[] HOPFIELD_ALGORITHMS = {
        Algorithms.METROPOLIS, Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH, Algorithms.HEAT_BATH_SWEEP
    };

    static Stream<String> hopfieldAlgorithms() {
        return Stream.of(HOPFIELD_ALGORITHMS);
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void energyTracksRecomputation(String algorithm) {
        HopfieldModel model = randomModel(16, 16, 3, 2.0, 11);
        MarkovChain chain = create(algorithm, model, InitialStates.random(model.size(), RandomStreams.xoshiro256PlusPlus(12)), 13);

        for (int chunk = 0; chunk < 40; chunk++) {
            chain.advance(chain.stepsPerSweep() + chunk % 3);
            assertConsistent(model, chain);
        }
        assertThat(chain.accepted()).isPositive();
        assertThat(chain.accepted()).isLessThan(chain.proposals());
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void largeNetworkStaysConsistent(String algorithm) {
        HopfieldModel model = randomModel(256, 256, 40, 1.0, 21);
        byte[] start = noisyCopy(model, 0, 0.2, 22);
        MarkovChain chain = create(algorithm, model, start, 23);

        chain.advanceSweeps(2);

        assertConsistent(model, chain);
        assertThat(chain.siteUpdates()).isEqualTo(2L * model.size());
        assertThat(chain.accepted()).isPositive();
        assertThat(chain.patternOverlaps()).hasSize(40);
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void sameSeedGivesSameChain(String algorithm) {
        HopfieldModel model = randomModel(32, 32, 5, 3.0, 31);
        byte[] start = InitialStates.random(model.size(), RandomStreams.xoshiro256PlusPlus(32));
        MarkovChain first = create(algorithm, model, start.clone(), 33);
        MarkovChain second = create(algorithm, model, start.clone(), 33);
        MarkovChain otherSeed = create(algorithm, model, start.clone(), 34);

        first.advanceSweeps(5);
        second.advanceSweeps(5);
        otherSeed.advanceSweeps(5);

        assertThat(second.spins()).isEqualTo(first.spins());
        assertThat(second.energy()).isEqualTo(first.energy());
        assertThat(second.accepted()).isEqualTo(first.accepted());
        assertThat(otherSeed.spins()).isNotEqualTo(first.spins());
    }

    static Stream<Arguments> directComparisonCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String algorithm : HOPFIELD_ALGORITHMS) {
            // Moderate β with several patterns: most decisions come from the table.
            cases.add(Arguments.of(algorithm, 16, 16, 3, 2.0, 0.5));
            // β = 100: the table ends where exp(−c·d) falls below 2⁻⁶⁰ and larger d meet the tail bound.
            cases.add(Arguments.of(algorithm, 64, 64, 1, 100.0, 0.2));
            cases.add(Arguments.of(algorithm, 64, 64, 10, 100.0, 0.2));
            // β = 1 with N = 32 768: d reaches N − 1, beyond the table's length limit, so exp is called
            // whenever the draw falls below the tail bound.
            cases.add(Arguments.of(algorithm, 128, 256, 1, 1.0, 0.1));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2} P={3} beta={4}")
    @MethodSource("directComparisonCases")
    void decisionsMatchDirectExponential(String algorithm, int rows, int cols, int patterns, double beta,
            double noise) {
        HopfieldModel model = randomModel(rows, cols, patterns, beta, 41);
        byte[] start = noisyCopy(model, 0, noise, 42);
        MarkovChain chain = create(algorithm, model, start.clone(), 43);

        chain.advanceSweeps(4);
        DirectHopfieldKernels.Result direct =
                DirectHopfieldKernels.run(algorithm, model, start, RandomStreams.xoshiro256PlusPlus(43), 4);

        assertThat(chain.spins()).isEqualTo(direct.spins());
        assertThat(chain.accepted()).isEqualTo(direct.changedSpins());
        assertThat(chain.accepted()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void recallsStoredPattern(String algorithm) {
        for (int patterns : new int[] {1, 3}) {
            HopfieldModel model = randomModel(32, 32, patterns, 100.0, 51);
            MarkovChain chain = create(algorithm, model, noisyCopy(model, 0, 0.2, 52), 53);

            chain.advanceSweeps(30);

            assertThat(chain.patternOverlaps()[0]).as("q_0 with %d patterns", patterns).isEqualTo(1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void sweepCountersFollowContract(String algorithm) {
        HopfieldModel model = randomModel(8, 12, 2, 1.0, 61);
        MarkovChain chain = create(algorithm, model, InitialStates.uniform(model.size(), 1), 62);
        boolean randomScan = algorithm.equals(Algorithms.METROPOLIS) || algorithm.equals(Algorithms.HEAT_BATH);

        chain.advanceSweeps(3);
        chain.advance(2 * chain.stepsPerSweep());

        assertThat(chain.stepsPerSweep()).isEqualTo(randomScan ? model.size() : 1);
        assertThat(chain.siteUpdates()).isEqualTo(5L * model.size());
        assertThat(chain.proposals()).isEqualTo(5L * model.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Algorithms.METROPOLIS, Algorithms.METROPOLIS_SWEEP})
    void zeroBetaAcceptsEveryProposal(String algorithm) {
        HopfieldModel model = randomModel(10, 10, 4, 0.0, 71);
        MarkovChain chain = create(algorithm, model, InitialStates.uniform(model.size(), -1), 72);

        chain.advanceSweeps(3);

        assertThat(chain.accepted()).isEqualTo(chain.proposals());
    }

    @ParameterizedTest
    @ValueSource(strings = {Algorithms.WOLFF, Algorithms.MULTISPIN})
    void isingOnlyAlgorithmsRejectHopfield(String algorithm) {
        HopfieldModel model = randomModel(4, 4, 1, 1.0, 81);

        assertThat(Algorithms.unsupported(algorithm, model))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith(algorithm + " supports only Ising models"));
        assertThatThrownBy(() -> create(algorithm, model, InitialStates.uniform(model.size(), 1), 82))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supports only Ising models");
    }

    @ParameterizedTest
    @MethodSource("hopfieldAlgorithms")
    void hopfieldAlgorithmsAreSupported(String algorithm) {
        assertThat(Algorithms.unsupported(algorithm, randomModel(4, 4, 2, 1.0, 91))).isEmpty();
    }

    @Test
    void initialStateOfWrongLengthIsRejected() {
        HopfieldModel model = randomModel(4, 4, 1, 1.0, 101);

        assertThatThrownBy(() -> new HopfieldSequentialHeatBath(model, new byte[15], RandomStreams.xoshiro256PlusPlus(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 entries");
    }

    private static MarkovChain create(String algorithm, HopfieldModel model, byte[] initial, long seed) {
        return Algorithms.create(algorithm, model, initial, RandomStreams.xoshiro256PlusPlus(seed), 1);
    }

    private static void assertConsistent(HopfieldModel model, MarkovChain chain) {
        byte[] spins = chain.spins();
        int[] overlaps = model.overlaps(spins);
        double[] expectedOverlaps = new double[overlaps.length];
        for (int mu = 0; mu < overlaps.length; mu++) {
            expectedOverlaps[mu] = (double) overlaps[mu] / model.size();
        }
        assertThat(chain.energy()).isEqualTo(model.energy(spins));
        assertThat(chain.patternOverlaps()).containsExactly(expectedOverlaps);
        assertThat(chain.magnetization()).isEqualTo((double) Spins.sum(spins) / model.size());
    }

    private static HopfieldModel randomModel(int rows, int cols, int patternCount, double beta, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        List<byte[]> patterns = new ArrayList<>();
        for (int mu = 0; mu < patternCount; mu++) {
            patterns.add(InitialStates.random(rows * cols, rng));
        }
        return new HopfieldModel(rows, cols, beta, patterns);
    }

    /** Copies pattern {@code mu} and flips each spin independently with probability {@code noise}. */
    private static byte[] noisyCopy(HopfieldModel model, int mu, double noise, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        byte[] spins = new byte[model.size()];
        for (int site = 0; site < spins.length; site++) {
            int spin = model.patternSpin(site, mu);
            spins[site] = (byte) (rng.nextDouble() < noise ? -spin : spin);
        }
        return spins;
    }
}
