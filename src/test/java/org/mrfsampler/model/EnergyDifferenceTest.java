package org.mrfsampler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the models' local energy differences with brute-force differences of total energies, where
 * the total energies come from definitions written out here: an explicit bond list for the Ising model
 * and the full weight matrix W = XᵀX / N for the Hopfield network.
 */
class EnergyDifferenceTest {

    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void isingDeltaMatchesBruteForce(Boundary boundary) {
        SplittableRandom random = new SplittableRandom(11);
        for (int[] shape : new int[][] {{1, 5}, {2, 2}, {3, 4}, {5, 5}, {6, 3}}) {
            if (boundary == Boundary.PERIODIC && (shape[0] < 2 || shape[1] < 2)) {
                continue;
            }
            IsingModel model = new IsingModel(shape[0], shape[1], 1.3, -0.7, 0.5, boundary);
            List<int[]> bonds = bondList(shape[0], shape[1], boundary);
            for (int trial = 0; trial < 50; trial++) {
                byte[] spins = randomSpins(model.size(), random);
                int site = random.nextInt(model.size());
                double before = isingEnergy(model, bonds, spins);
                spins[site] = (byte) -spins[site];
                double after = isingEnergy(model, bonds, spins);
                spins[site] = (byte) -spins[site];

                assertThat(model.deltaEnergy(spins, site)).isCloseTo(after - before, within(TOLERANCE));
                assertThat(model.energy(spins)).isCloseTo(before, within(TOLERANCE));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void hopfieldDeltaMatchesWeightMatrix(int patternCount) {
        SplittableRandom random = new SplittableRandom(23);
        int rows = 4;
        int cols = 5;
        int n = rows * cols;
        List<byte[]> patterns = new ArrayList<>();
        for (int mu = 0; mu < patternCount; mu++) {
            patterns.add(randomSpins(n, random));
        }
        HopfieldModel model = new HopfieldModel(rows, cols, 2.0, patterns);
        double[][] weights = hebbianWeights(patterns, n);
        for (int trial = 0; trial < 100; trial++) {
            byte[] spins = randomSpins(n, random);
            int site = random.nextInt(n);
            double before = quadraticEnergy(weights, spins);
            spins[site] = (byte) -spins[site];
            double after = quadraticEnergy(weights, spins);
            spins[site] = (byte) -spins[site];

            assertThat(model.deltaEnergy(spins, site)).isCloseTo(after - before, within(TOLERANCE));
            assertThat(model.energy(spins)).isCloseTo(before, within(TOLERANCE));
        }
    }

    /** Lists each nearest-neighbour pair once; a periodic dimension of length 2 yields its bond twice. */
    private static List<int[]> bondList(int rows, int cols, Boundary boundary) {
        boolean periodic = boundary == Boundary.PERIODIC;
        List<int[]> bonds = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols || periodic) {
                    bonds.add(new int[] {r * cols + c, r * cols + (c + 1) % cols});
                }
                if (r + 1 < rows || periodic) {
                    bonds.add(new int[] {r * cols + c, ((r + 1) % rows) * cols + c});
                }
            }
        }
        return bonds;
    }

    private static double isingEnergy(IsingModel model, List<int[]> bonds, byte[] spins) {
        double energy = 0;
        for (int[] bond : bonds) {
            energy -= model.coupling() * spins[bond[0]] * spins[bond[1]];
        }
        for (byte spin : spins) {
            energy -= model.field() * spin;
        }
        return energy;
    }

    private static double[][] hebbianWeights(List<byte[]> patterns, int n) {
        double[][] weights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    for (byte[] pattern : patterns) {
                        weights[i][j] += pattern[i] * pattern[j];
                    }
                    weights[i][j] /= n;
                }
            }
        }
        return weights;
    }

    private static double quadraticEnergy(double[][] weights, byte[] spins) {
        double sum = 0;
        for (int i = 0; i < spins.length; i++) {
            for (int j = 0; j < spins.length; j++) {
                sum += spins[i] * weights[i][j] * spins[j];
            }
        }
        return -0.5 * sum;
    }

    static byte[] randomSpins(int size, SplittableRandom random) {
        byte[] spins = new byte[size];
        for (int i = 0; i < size; i++) {
            spins[i] = (byte) (random.nextBoolean() ? 1 : -1);
        }
        return spins;
    }
}
