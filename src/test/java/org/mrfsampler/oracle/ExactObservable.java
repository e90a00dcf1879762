package org.mrfsampler.oracle;

import java.util.function.ToDoubleFunction;
import org.mrfsampler.sampler.MarkovChain;

/**
 * A quantity measured on the chain once per sweep, with its exact expectation.
 *
 * @param name short label used in logs and failure messages
 * @param measure reads the quantity from the chain's current state
 * @param exact the exact equilibrium expectation
 */
record ExactObservable(String name, ToDoubleFunction<MarkovChain> measure, double exact) {

    static ExactObservable energyPerSite(double exact) {
        return new ExactObservable("E/N", chain -> chain.energy() / chain.spins().length, exact);
    }

    static ExactObservable absMagnetization(double exact) {
        return new ExactObservable("|m|", chain -> Math.abs(chain.magnetization()), exact);
    }

    static ExactObservable magnetizationSquared(double exact) {
        return new ExactObservable("m^2", chain -> chain.magnetization() * chain.magnetization(), exact);
    }

    static ExactObservable absOverlap(int pattern, double exact) {
        return new ExactObservable("|q" + pattern + "|", chain -> Math.abs(chain.patternOverlaps()[pattern]), exact);
    }

    static ExactObservable overlapSquared(int pattern, double exact) {
        return new ExactObservable("q" + pattern + "^2", chain -> {
            double q = chain.patternOverlaps()[pattern];
            return q * q;
        }, exact);
    }
}
