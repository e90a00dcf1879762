package org.mrfsampler.oracle;

import java.util.Map;
import java.util.TreeMap;
import org.mrfsampler.model.Boundary;

/**
 * Number of configurations g(B, M) of a small Ising lattice with bond sum B = Σ⟨ij⟩ s_i s_j and spin sum
 * M = Σ s_i, counted by visiting all 2^N configurations.
 *
 * <p>The bonds are built here from the lattice definition, not taken from {@code IsingModel}: each site
 * bonds to its right and lower neighbour, wrapping around on periodic boundaries, so a periodic
 * dimension of length 2 has its bond twice, as {@code IsingModel} documents.
 */
final class IsingDensityOfStates {

    /** Largest lattice enumerated: 2^24 configurations take about a second. */
    static final int MAX_SITES = 24;

    private final int size;
    private final int bondCount;
    /** g(B, M) at {@code (B + bondCount) · (2N + 1) + (M + N)}. */
    private final long[] counts;

    private IsingDensityOfStates(int size, int bondCount, long[] counts) {
        this.size = size;
        this.bondCount = bondCount;
        this.counts = counts;
    }

    /**
     * Enumerates a {@code rows × cols} lattice.
     *
     * @throws IllegalArgumentException if the lattice has more than {@value #MAX_SITES} sites
     */
    static IsingDensityOfStates enumerate(int rows, int cols, Boundary boundary) {
        int size = rows * cols;
        if (size > MAX_SITES) {
            throw new IllegalArgumentException("cannot enumerate " + size + " sites, at most " + MAX_SITES);
        }
        int[][] bonds = bonds(rows, cols, boundary);
        int bondCount = bonds.length;
        long[] counts = new long[(2 * bondCount + 1) * (2 * size + 1)];
        int[] spins = new int[size];
        for (int state = 0; state < 1 << size; state++) {
            int spinSum = 0;
            for (int site = 0; site < size; site++) {
                spins[site] = ((state >>> site) & 1) == 1 ? 1 : -1;
                spinSum += spins[site];
            }
            int bondSum = 0;
            for (int[] bond : bonds) {
                bondSum += spins[bond[0]] * spins[bond[1]];
            }
            counts[(bondSum + bondCount) * (2 * size + 1) + spinSum + size]++;
        }
        return new IsingDensityOfStates(size, bondCount, counts);
    }

    private static int[][] bonds(int rows, int cols, Boundary boundary) {
        boolean periodic = boundary == Boundary.PERIODIC;
        int[][] bonds = new int[2 * rows * cols][];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int site = r * cols + c;
                if (c + 1 < cols || periodic) {
                    bonds[count++] = new int[] {site, r * cols + (c + 1) % cols};
                }
                if (r + 1 < rows || periodic) {
                    bonds[count++] = new int[] {site, ((r + 1) % rows) * cols + c};
                }
            }
        }
        return java.util.Arrays.copyOf(bonds, count);
    }

    /** Returns the number of configurations with bond sum B and spin sum M. */
    long count(int bondSum, int spinSum) {
        if (Math.abs(bondSum) > bondCount || Math.abs(spinSum) > size) {
            return 0;
        }
        return counts[(bondSum + bondCount) * (2 * size + 1) + spinSum + size];
    }

    /** Computes the exact averages for E = −J B − h M at inverse temperature β. */
    ExactValues exact(double coupling, double field, double beta) {
        double maxLogWeight = Double.NEGATIVE_INFINITY;
        for (int b = -bondCount; b <= bondCount; b++) {
            for (int m = -size; m <= size; m++) {
                if (count(b, m) > 0) {
                    maxLogWeight = Math.max(maxLogWeight, -beta * energy(coupling, field, b, m));
                }
            }
        }

        double z = 0;
        double energySum = 0;
        double absMagnetizationSum = 0;
        double squaredMagnetizationSum = 0;
        Map<Long, double[]> levels = new TreeMap<>();
        for (int b = -bondCount; b <= bondCount; b++) {
            for (int m = -size; m <= size; m++) {
                long count = count(b, m);
                if (count == 0) {
                    continue;
                }
                double energy = energy(coupling, field, b, m);
                double weight = count * Math.exp(-beta * energy - maxLogWeight);
                z += weight;
                energySum += weight * energy;
                absMagnetizationSum += weight * Math.abs((double) m / size);
                squaredMagnetizationSum += weight * ((double) m / size) * ((double) m / size);
                // Energies are combinations of J and h with small integer coefficients, so rounding to
                // 1e-9 merges exactly the (B, M) pairs that share a level.
                double[] level = levels.computeIfAbsent(Math.round(energy * 1e9), key -> new double[2]);
                level[0] = energy;
                level[1] += weight;
            }
        }

        double[] energies = new double[levels.size()];
        double[] probabilities = new double[levels.size()];
        int i = 0;
        for (double[] level : levels.values()) {
            energies[i] = level[0];
            probabilities[i] = level[1] / z;
            i++;
        }
        return new ExactValues(maxLogWeight + Math.log(z), energySum / z / size, absMagnetizationSum / z,
                squaredMagnetizationSum / z, new EnergySpectrum(energies, probabilities));
    }

    private static double energy(double coupling, double field, int bondSum, int spinSum) {
        return -coupling * bondSum - field * spinSum;
    }
}
