package org.mrfsampler.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.RandomStreams;

/** Checks the exact oracles against each other and against the models' own energy functions. */
@Tag("oracle")
class ExactOraclesTest {

    private static final double CRITICAL_BETA = 0.5 * Math.log(1 + Math.sqrt(2));
    private static final double[] BETAS = {0.05, 0.2, 0.4, CRITICAL_BETA, 0.6, 1.0};

    @Test
    void kaufmanMatchesEnumeration() {
        int[][] shapes = {{4, 4}, {3, 3}, {3, 4}, {4, 3}, {2, 4}, {4, 5}, {2, 2}};
        for (int[] shape : shapes) {
            IsingDensityOfStates states = IsingDensityOfStates.enumerate(shape[0], shape[1], Boundary.PERIODIC);
            for (double coupling : new double[] {1.0, 0.7}) {
                for (double beta : BETAS) {
                    ExactValues enumerated = states.exact(coupling, 0, beta);
                    ExactValues kaufman = KaufmanIsing.exact(shape[0], shape[1], coupling, beta);
                    String label = shape[0] + "x" + shape[1] + " J=" + coupling + " beta=" + beta;

                    assertThat(kaufman.logPartitionFunction()).as("ln Z %s", label)
                            .isCloseTo(enumerated.logPartitionFunction(), within(1e-10));
                    assertThat(kaufman.energyPerSite()).as("E/N %s", label)
                            .isCloseTo(enumerated.energyPerSite(), within(1e-10));
                }
            }
        }
    }

    /**
     * Checks the large-lattice numerics that enumeration cannot reach. Away from the critical point the
     * finite-size corrections on a torus fall off like exp(−L/ξ). So at L = 64 Kaufman's result must equal
     * Onsager's infinite-lattice energy u = −J coth 2K [1 + (2/π)(2 tanh² 2K − 1) K(κ)] to rounding, where
     * κ = 2 sinh 2K / cosh² 2K and K(κ) is the complete elliptic integral of the first kind.
     */
    @Test
    void kaufmanMatchesOnsagerOffCriticality() {
        for (double beta : new double[] {0.25, 0.3, 0.6, 0.8}) {
            for (int size : new int[] {64, 128}) {
                assertThat(KaufmanIsing.exact(size, size, 1.0, beta).energyPerSite()).as("beta=%s L=%s", beta, size)
                        .isCloseTo(onsagerEnergyPerSite(beta), within(1e-9));
            }
        }
    }

    @Test
    void kaufmanNearsOnsagerAtCriticality() {
        // At β_c the infinite-lattice energy is −√2 J and the finite-size shift is of order 1/L.
        double energy = KaufmanIsing.exact(256, 256, 1.0, CRITICAL_BETA).energyPerSite();

        assertThat(onsagerEnergyPerSite(CRITICAL_BETA)).isCloseTo(-Math.sqrt(2), within(1e-6));
        assertThat(energy).isCloseTo(-Math.sqrt(2), within(2.0 / 256));
        assertThat(energy).isNotCloseTo(-Math.sqrt(2), within(1e-5));
    }

    private static double onsagerEnergyPerSite(double k) {
        double sinh2k = Math.sinh(2 * k);
        double cosh2k = Math.cosh(2 * k);
        double tanh2k = Math.tanh(2 * k);
        double modulus = 2 * sinh2k / (cosh2k * cosh2k);
        return -(cosh2k / sinh2k) * (1 + 2 / Math.PI * (2 * tanh2k * tanh2k - 1) * completeEllipticK(modulus));
    }

    /** Computes the complete elliptic integral of the first kind K(k) = π / (2 AGM(1, sqrt(1 − k²))). */
    private static double completeEllipticK(double modulus) {
        double a = 1;
        double b = Math.sqrt((1 - modulus) * (1 + modulus));
        for (int i = 0; i < 60 && Math.abs(a - b) > 1e-16 * a; i++) {
            double mean = 0.5 * (a + b);
            b = Math.sqrt(a * b);
            a = mean;
        }
        return Math.PI / (2 * a);
    }

    @Test
    void stripMatchesEnumeration() {
        int[][] shapes = {{2, 2}, {2, 3}, {2, 8}, {3, 5}, {1, 7}, {4, 4}};
        for (int[] shape : shapes) {
            for (Boundary boundary : Boundary.values()) {
                if (boundary == Boundary.PERIODIC && shape[0] < 2) {
                    continue;
                }
                IsingDensityOfStates states = IsingDensityOfStates.enumerate(shape[0], shape[1], boundary);
                for (double field : new double[] {0, 0.1, -0.35}) {
                    for (double beta : new double[] {0.3, CRITICAL_BETA, 1.0}) {
                        ExactValues enumerated = states.exact(1.0, field, beta);
                        ExactValues strip = StripTransferMatrix.exact(shape[0], shape[1], boundary, 1.0, field, beta);
                        String label = shape[0] + "x" + shape[1] + " " + boundary + " h=" + field + " beta=" + beta;

                        assertThat(strip.logPartitionFunction()).as("ln Z %s", label)
                                .isCloseTo(enumerated.logPartitionFunction(), within(1e-11));
                        assertThat(strip.energyPerSite()).as("E/N %s", label)
                                .isCloseTo(enumerated.energyPerSite(), within(1e-12));
                        assertThat(strip.absMagnetization()).as("|m| %s", label)
                                .isCloseTo(enumerated.absMagnetization(), within(1e-12));
                        assertThat(strip.magnetizationSquared()).as("m^2 %s", label)
                                .isCloseTo(enumerated.magnetizationSquared(), within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void stripMatchesKaufmanOnLongTorus() {
        // Two independent exact methods on a lattice too large to enumerate.
        ExactValues strip = StripTransferMatrix.exact(3, 128, Boundary.PERIODIC, 1.0, 0, CRITICAL_BETA);
        ExactValues kaufman = KaufmanIsing.exact(3, 128, 1.0, CRITICAL_BETA);

        assertThat(strip.logPartitionFunction()).isCloseTo(kaufman.logPartitionFunction(), within(1e-9));
        assertThat(strip.energyPerSite()).isCloseTo(kaufman.energyPerSite(), within(1e-11));
    }

    @Test
    void enumerationMatchesModelEnergy() {
        for (Boundary boundary : Boundary.values()) {
            for (int[] shape : new int[][] {{3, 3}, {2, 4}, {2, 2}}) {
                IsingModel model = new IsingModel(shape[0], shape[1], 1.0, 0.1, 0.7, boundary);
                double z = 0;
                double energy = 0;
                double squaredMagnetization = 0;
                for (int state = 0; state < 1 << model.size(); state++) {
                    byte[] spins = spinsOf(state, model.size());
                    double e = model.energy(spins);
                    double m = (double) org.mrfsampler.model.Spins.sum(spins) / model.size();
                    double w = Math.exp(-model.beta() * e);
                    z += w;
                    energy += w * e;
                    squaredMagnetization += w * m * m;
                }
                ExactValues exact = IsingDensityOfStates.enumerate(shape[0], shape[1], boundary)
                        .exact(model.coupling(), model.field(), model.beta());
                String label = shape[0] + "x" + shape[1] + " " + boundary;

                assertThat(exact.energyPerSite()).as(label).isCloseTo(energy / z / model.size(), within(1e-12));
                assertThat(exact.magnetizationSquared()).as(label).isCloseTo(squaredMagnetization / z, within(1e-12));
            }
        }
    }

    @Test
    void spectrumSumsToOne() {
        ExactValues exact = IsingDensityOfStates.enumerate(4, 4, Boundary.PERIODIC).exact(1.0, 0.1, 0.4);
        double total = 0;
        for (double probability : exact.spectrum().probabilities()) {
            total += probability;
        }
        double meanEnergy = 0;
        for (int i = 0; i < exact.spectrum().levels().length; i++) {
            meanEnergy += exact.spectrum().levels()[i] * exact.spectrum().probabilities()[i];
        }

        assertThat(total).isCloseTo(1.0, within(1e-12));
        assertThat(meanEnergy / 16).isCloseTo(exact.energyPerSite(), within(1e-12));
        assertThat(exact.spectrum().levelIndex(exact.spectrum().levels()[3])).isEqualTo(3);
        assertThat(exact.spectrum().levelIndex(exact.spectrum().levels()[3] + 0.05)).isEqualTo(-1);
    }

    @Test
    void curieWeissMatchesEnumeration() {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(77L);
        byte[] pattern = InitialStates.random(16, rng);
        for (double beta : new double[] {0.3, 1.0, 2.5}) {
            HopfieldExact binomial = HopfieldExact.curieWeiss(16, beta);
            HopfieldExact enumerated = HopfieldExact.enumerate(List.of(pattern), beta);

            assertThat(binomial.energyPerSite()).isCloseTo(enumerated.energyPerSite(), within(1e-12));
            assertThat(binomial.absOverlap()[0]).isCloseTo(enumerated.absOverlap()[0], within(1e-12));
            assertThat(binomial.overlapSquared()[0]).isCloseTo(enumerated.overlapSquared()[0], within(1e-12));
            assertThat(binomial.spectrum().levels()).containsExactly(enumerated.spectrum().levels(), within(1e-12));
            assertThat(binomial.spectrum().probabilities())
                    .containsExactly(enumerated.spectrum().probabilities(), within(1e-12));
        }
    }

    @Test
    void hopfieldEnumerationMatchesModelEnergy() {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(78L);
        List<byte[]> patterns = List.of(InitialStates.random(12, rng), InitialStates.random(12, rng),
                InitialStates.random(12, rng));
        HopfieldModel model = new HopfieldModel(3, 4, 0.8, patterns);
        double z = 0;
        double energy = 0;
        for (int state = 0; state < 1 << 12; state++) {
            double e = model.energy(spinsOf(state, 12));
            z += Math.exp(-model.beta() * e);
            energy += e * Math.exp(-model.beta() * e);
        }

        assertThat(HopfieldExact.enumerate(patterns, model.beta()).energyPerSite())
                .isCloseTo(energy / z / 12, within(1e-12));
    }

    private static byte[] spinsOf(int state, int size) {
        byte[] spins = new byte[size];
        for (int i = 0; i < size; i++) {
            spins[i] = (byte) (((state >>> i) & 1) == 1 ? 1 : -1);
        }
        return spins;
    }
}
