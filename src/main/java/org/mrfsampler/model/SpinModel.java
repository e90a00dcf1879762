package org.mrfsampler.model;

/**
 * A Markov random field over {@code rows × cols} spins s_i ∈ {−1, +1} with
 * p(s) ∝ exp(−β E(s)). Spin configurations are {@code byte} arrays of ±1 in row-major order.
 *
 * <p>The full-energy and local-difference methods here are the plain definitions. The sampling kernels
 * keep their own incremental bookkeeping and use these only to initialise it and in tests.
 */
public interface SpinModel {

    int rows();

    int cols();

    /** Inverse temperature β, dimensionless; energies are in the units of the couplings. */
    double beta();

    default int size() {
        return rows() * cols();
    }

    /** Computes the total energy E(s) from its definition. */
    double energy(byte[] spins);

    /** Computes E(s with site flipped) − E(s) from the site's local field. */
    double deltaEnergy(byte[] spins, int site);
}
