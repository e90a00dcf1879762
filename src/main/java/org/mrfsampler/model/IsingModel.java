package org.mrfsampler.model;

/**
 * The two-dimensional Ising model E(s) = −J Σ⟨ij⟩ s_i s_j − h Σ_i s_i, where ⟨ij⟩ runs over the
 * nearest-neighbour pairs of a {@code rows × cols} grid.
 *
 * <p>With {@link Boundary#PERIODIC} each site has four neighbours. On a periodic dimension of length 2
 * the two sites are neighbours twice (once directly and once around the torus) and that bond counts twice.
 * A periodic dimension of length 1 would make a site its own neighbour, so it is rejected.
 *
 * @param coupling J; positive is ferromagnetic
 * @param field h, in the same units as J
 * @param beta inverse temperature β ≥ 0
 */
public record IsingModel(int rows, int cols, double coupling, double field, double beta, Boundary boundary)
        implements SpinModel {

    /**
     * @throws IllegalArgumentException if a dimension is below 1 (below 2 when periodic), a parameter is
     *     not finite, or β is negative
     */
    public IsingModel {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be at least 1, got " + rows + "×" + cols);
        }
        if (boundary == Boundary.PERIODIC && (rows < 2 || cols < 2)) {
            throw new IllegalArgumentException("periodic boundaries need rows and cols of at least 2");
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lattice of " + rows + "×" + cols + " sites is too large");
        }
        if (!Double.isFinite(coupling) || !Double.isFinite(field)) {
            throw new IllegalArgumentException("coupling and field must be finite");
        }
        if (!Double.isFinite(beta) || beta < 0) {
            throw new IllegalArgumentException("beta must be finite and non-negative, got " + beta);
        }
    }

    public boolean periodic() {
        return boundary == Boundary.PERIODIC;
    }

    /** Computes Σ⟨ij⟩ s_i s_j, each bond counted once (a doubled periodic bond twice). */
    public long bondSum(byte[] spins) {
        long sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int site = r * cols + c;
                if (c + 1 < cols) {
                    sum += spins[site] * spins[site + 1];
                } else if (periodic()) {
                    sum += spins[site] * spins[r * cols];
                }
                if (r + 1 < rows) {
                    sum += spins[site] * spins[site + cols];
                } else if (periodic()) {
                    sum += spins[site] * spins[c];
                }
            }
        }
        return sum;
    }

    /** Computes the sum of the site's nearest-neighbour spins, 0 standing in for a missing neighbour. */
    public int neighbourSum(byte[] spins, int site) {
        int r = site / cols;
        int c = site - r * cols;
        int up = r > 0 ? spins[site - cols] : periodic() ? spins[site + (rows - 1) * cols] : 0;
        int down = r < rows - 1 ? spins[site + cols] : periodic() ? spins[c] : 0;
        int left = c > 0 ? spins[site - 1] : periodic() ? spins[site + cols - 1] : 0;
        int right = c < cols - 1 ? spins[site + 1] : periodic() ? spins[site - cols + 1] : 0;
        return up + down + left + right;
    }

    /** Computes E from the bond sum B and spin sum M: E = −J B − h M. */
    public double energy(long bondSum, long spinSum) {
        return -coupling * bondSum - field * spinSum;
    }

    @Override
    public double energy(byte[] spins) {
        return energy(bondSum(spins), Spins.sum(spins));
    }

    @Override
    public double deltaEnergy(byte[] spins, int site) {
        int spin = spins[site];
        return 2.0 * spin * (coupling * neighbourSum(spins, site) + field);
    }
}
