package org.mrfsampler.oracle;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;
import org.mrfsampler.sampler.MarkovChain;

/**
 * A deliberately wrong kernel: random-scan Metropolis that accepts a flip with min(1, exp(−β ΔE / 2)).
 * It satisfies detailed balance for exp(−β E / 2), so it samples the model at half the inverse
 * temperature. The oracle tests use it to show that their checks reject a kernel with the wrong target.
 */
final class HalvedExponentMetropolis implements MarkovChain {

    private final IsingModel model;
    private final UniformRandomProvider rng;
    private final byte[] spins;
    private double energy;
    private long spinSum;
    private long proposals;
    private long accepted;

    HalvedExponentMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng) {
        this.model = model;
        this.rng = rng;
        this.spins = spins;
        this.energy = model.energy(spins);
        this.spinSum = Spins.sum(spins);
    }

    @Override
    public void advance(long steps) {
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(spins.length);
            double deltaEnergy = model.deltaEnergy(spins, site);
            if (deltaEnergy <= 0 || rng.nextDouble() < Math.exp(-0.5 * model.beta() * deltaEnergy)) {
                spinSum -= 2L * spins[site];
                spins[site] = (byte) -spins[site];
                energy += deltaEnergy;
                accepted++;
            }
        }
        proposals += steps;
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(sweeps * spins.length);
    }

    @Override
    public long stepsPerSweep() {
        return spins.length;
    }

    @Override
    public long siteUpdates() {
        return proposals;
    }

    @Override
    public byte[] spins() {
        return spins;
    }

    @Override
    public double energy() {
        return energy;
    }

    @Override
    public double magnetization() {
        return (double) spinSum / spins.length;
    }

    @Override
    public long proposals() {
        return proposals;
    }

    @Override
    public long accepted() {
        return accepted;
    }
}
