package org.mrfsampler.sampler;

/**
 * Runs a chain for a number of steps or sweeps, handing every {@code thin}-th state to an observer:
 * sample k (k = 1, 2, …) is the state after k·thin steps (or sweeps). The observer also receives the chain
 * once per sweep, for running statistics, and between chunks of work it may stop the run, so cancellation
 * and progress reports never wait for a whole run.
 */
public final class ChainRunner {

    /** Unit of the run length and of the thinning interval. */
    public enum Unit {
        /** Kernel steps, whose meaning each kernel documents. */
        STEPS,
        /** Sweeps of N site updates, comparable across kernels. */
        SWEEPS
    }

    /** Receives the thinned samples, once-per-sweep measurements and the progress of a run. */
    public interface Observer {

        /** Called with the chain right after {@code done} steps or sweeps; the chain must not be advanced here. */
        void onSample(long index, long done, MarkovChain chain);

        /**
         * Called once per sweep, after every {@link MarkovChain#stepsPerSweep()} steps: a schedule fixed in
         * advance, so that the measured states are not selected by their own values.
         */
        default void onSweep(MarkovChain chain) {
        }

        /** Called after every chunk; returning {@code false} stops the run. */
        boolean onProgress(long done, MarkovChain chain);
    }

    private final long chunkSiteUpdates;

    /**
     * @param chunkSiteUpdates site updates between two progress checks in {@link Unit#STEPS} runs (at least
     *     one step); runs in sweeps check after every sweep
     * @throws IllegalArgumentException if {@code chunkSiteUpdates} is below 1
     */
    public ChainRunner(long chunkSiteUpdates) {
        if (chunkSiteUpdates < 1) {
            throw new IllegalArgumentException("chunkSiteUpdates must be at least 1, got " + chunkSiteUpdates);
        }
        this.chunkSiteUpdates = chunkSiteUpdates;
    }

    /**
     * Advances the chain by {@code length} steps or sweeps, or fewer if the observer stops it.
     *
     * @return the steps or sweeps done
     * @throws IllegalArgumentException if length is negative or thin is below 1
     */
    public long run(MarkovChain chain, Unit unit, long length, long thin, Observer observer) {
        if (length < 0 || thin < 1) {
            throw new IllegalArgumentException("length must be >= 0 and thin >= 1, got " + length + " and " + thin);
        }
        return unit == Unit.SWEEPS ? runSweeps(chain, length, thin, observer) : runSteps(chain, length, thin, observer);
    }

    /** Shorthand for a run measured in steps. */
    public long run(MarkovChain chain, long steps, long thin, Observer observer) {
        return run(chain, Unit.STEPS, steps, thin, observer);
    }

    private long runSteps(MarkovChain chain, long steps, long thin, Observer observer) {
        long size = chain.spins().length;
        long stepsPerSweep = Math.max(1, chain.stepsPerSweep());
        long chunkSteps = Math.max(1, chunkSiteUpdates / Math.max(1, size / stepsPerSweep));
        long stepsIntoSweep = 0;
        long done = 0;
        long nextSample = thin;
        long sampleIndex = 1;
        while (done < steps) {
            long chunkEnd = Math.min(steps, Math.min(nextSample, done + chunkSteps));
            while (done < chunkEnd) {
                // Advance to the end of the sweep at most, so that the measurement falls on a fixed step.
                long piece = Math.min(chunkEnd - done, stepsPerSweep - stepsIntoSweep);
                chain.advance(piece);
                done += piece;
                stepsIntoSweep += piece;
                if (stepsIntoSweep == stepsPerSweep) {
                    stepsIntoSweep = 0;
                    observer.onSweep(chain);
                }
            }

            if (done == nextSample) {
                observer.onSample(sampleIndex, done, chain);
                sampleIndex++;
                nextSample += thin;
            }
            if (!observer.onProgress(done, chain)) {
                break;
            }
        }
        return done;
    }

    private static long runSweeps(MarkovChain chain, long sweeps, long thin, Observer observer) {
        long done = 0;
        long sampleIndex = 1;
        while (done < sweeps) {
            chain.advanceSweeps(1);
            done++;
            observer.onSweep(chain);

            if (done % thin == 0) {
                observer.onSample(sampleIndex, done, chain);
                sampleIndex++;
            }
            if (!observer.onProgress(done, chain)) {
                break;
            }
        }
        return done;
    }
}
