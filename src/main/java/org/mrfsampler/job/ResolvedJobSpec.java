package org.mrfsampler.job;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.sampler.Algorithms;
import org.mrfsampler.sampler.ChainRunner;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;

/**
 * A validated job spec with every default filled in, and the model it describes.
 *
 * @param spec the spec as shown to users, every optional field set except the seed
 * @param model the model built from it
 */
public record ResolvedJobSpec(JobSpec spec, SpinModel model) {

    /** Returns the run length, in the {@link #unit()} of the run. */
    public long length() {
        SamplerSpec sampler = spec.sampler();
        return sampler.sweeps() != null ? sampler.sweeps() : sampler.steps();
    }

    public ChainRunner.Unit unit() {
        return spec.sampler().sweeps() != null ? ChainRunner.Unit.SWEEPS : ChainRunner.Unit.STEPS;
    }

    public long thin() {
        return spec.sampler().thin();
    }

    public long sampleCount() {
        return length() / thin();
    }

    /**
     * Creates the chain for this spec: a fresh XoShiRo256++ stream from the seed draws the initial state
     * (when random) and then drives the kernel, so a seed fixes the whole run whatever the thread count.
     */
    public MarkovChain newChain(long seed, int threads) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        byte[] initial = switch (spec.initialState().type()) {
            case "up" -> InitialStates.uniform(model.size(), 1);
            case "down" -> InitialStates.uniform(model.size(), -1);
            default -> InitialStates.random(model.size(), rng);
        };
        return Algorithms.create(spec.sampler().algorithm(), model, initial, rng, threads);
    }
}
