package org.mrfsampler.model;

import java.util.List;

/**
 * A Hopfield network of N = rows·cols spins storing P patterns x_μ ∈ {−1, +1}^N with the Hebbian weights
 * W = XᵀX / N, zero diagonal, and energy E(s) = −½ sᵀWs.
 *
 * <p>Everything is computed from the overlaps m_μ = x_μ·s, so W is never formed:
 * sᵀWs = (Σ_μ m_μ² − P·N) / N, and flipping s_i changes the energy by
 * ΔE_i = (2/N)(s_i Σ_μ x_μi m_μ − P). Memory is O(P·N) and a local difference costs O(P).
 *
 * <p>The patterns are stored site-major ({@code patternSpin(site, μ)} at {@code site·P + μ}) so that the
 * P entries a flip touches are adjacent in memory.
 */
public final class HopfieldModel implements SpinModel {

    private final int rows;
    private final int cols;
    private final double beta;
    private final int patternCount;
    private final byte[] patternsBySite;

    /**
     * @param patterns P ≥ 1 arrays of rows·cols entries, each −1 or +1, in row-major order
     * @throws IllegalArgumentException if a dimension is below 1, there is no pattern, a pattern has the
     *     wrong length or an entry other than ±1, or β is negative or not finite
     */
    public HopfieldModel(int rows, int cols, double beta, List<byte[]> patterns) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be at least 1, got " + rows + "×" + cols);
        }
        if (!Double.isFinite(beta) || beta < 0) {
            throw new IllegalArgumentException("beta must be finite and non-negative, got " + beta);
        }
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a Hopfield network needs at least one pattern");
        }
        int n = rows * cols;
        if ((long) n * patterns.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("patterns of " + patterns.size() + "×" + n + " spins are too large");
        }
        this.rows = rows;
        this.cols = cols;
        this.beta = beta;
        this.patternCount = patterns.size();
        this.patternsBySite = new byte[n * patternCount];
        for (int mu = 0; mu < patternCount; mu++) {
            byte[] pattern = patterns.get(mu);
            if (pattern.length != n) {
                throw new IllegalArgumentException(
                        "pattern " + mu + " has " + pattern.length + " entries, expected " + n);
            }
            if (!Spins.arePlusMinusOne(pattern)) {
                throw new IllegalArgumentException("pattern " + mu + " has an entry other than -1 or +1");
            }
            for (int site = 0; site < n; site++) {
                patternsBySite[site * patternCount + mu] = pattern[site];
            }
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public double beta() {
        return beta;
    }

    public int patternCount() {
        return patternCount;
    }

    /** Returns x_μi. */
    public byte patternSpin(int site, int mu) {
        return patternsBySite[site * patternCount + mu];
    }

    /**
     * Returns the site-major pattern array, entry {@code site·P + μ} = x_μi. Kernels read it in their hot
     * loop; callers must not modify it.
     */
    public byte[] patternsBySite() {
        return patternsBySite;
    }

    /** Computes the overlaps m_μ = Σ_i x_μi s_i. */
    public int[] overlaps(byte[] spins) {
        int[] overlaps = new int[patternCount];
        for (int site = 0; site < spins.length; site++) {
            int base = site * patternCount;
            for (int mu = 0; mu < patternCount; mu++) {
                overlaps[mu] += patternsBySite[base + mu] * spins[site];
            }
        }
        return overlaps;
    }

    /** Computes E = −(Σ_μ m_μ² − P·N) / (2N) from the overlaps. */
    public double energyFromOverlaps(int[] overlaps) {
        long squares = 0;
        for (int overlap : overlaps) {
            squares += (long) overlap * overlap;
        }
        long n = size();
        return -(squares - (long) patternCount * n) / (2.0 * n);
    }

    @Override
    public double energy(byte[] spins) {
        return energyFromOverlaps(overlaps(spins));
    }

    /**
     * Computes ΔE_i = (2/N)(s_i Σ_μ x_μi m_μ − P) from given overlaps m_μ of the current state.
     */
    public double deltaEnergy(byte[] spins, int site, int[] overlaps) {
        long localField = 0;
        int base = site * patternCount;
        for (int mu = 0; mu < patternCount; mu++) {
            localField += patternsBySite[base + mu] * overlaps[mu];
        }
        return 2.0 * (spins[site] * localField - patternCount) / size();
    }

    @Override
    public double deltaEnergy(byte[] spins, int site) {
        return deltaEnergy(spins, site, overlaps(spins));
    }
}
