package org.mrfsampler.oracle;

/**
 * Exact equilibrium averages of an Ising model under p(s) ∝ exp(−β E(s)).
 *
 * @param logPartitionFunction ln Z
 * @param energyPerSite ⟨E⟩ / N
 * @param absMagnetization ⟨|m|⟩ with m = Σ s_i / N, or NaN where the method does not give it
 * @param magnetizationSquared ⟨m²⟩, or NaN where the method does not give it
 * @param spectrum probability of each energy level, or null where the method does not give it
 */
record ExactValues(double logPartitionFunction, double energyPerSite, double absMagnetization,
        double magnetizationSquared, EnergySpectrum spectrum) {
}
