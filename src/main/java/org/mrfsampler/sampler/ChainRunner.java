package org.mrfsampler.sampler;

/**
 * Runs a chain for a number of steps, handing every {@code thin}-th state to an observer: sample k
 * (k = 1, 2, …) is the state after step k·thin. Between chunks of at most {@code chunkSteps} steps the
 * observer may stop the run, so cancellation and progress reports never wait for a whole run.
 */
public final class ChainRunner {

    /** Receives the thinned samples and the progress of a run. */
    public interface Observer {

        /** Called with the chain right after step {@code step}; the chain must not be advanced here. */
        void onSample(long index, long step, MarkovChain chain);

        /** Called after every chunk; returning {@code false} stops the run. */
        boolean onProgress(long stepsDone, MarkovChain chain);
    }

    private final long chunkSteps;

    /**
     * @throws IllegalArgumentException if {@code chunkSteps} is below 1
     */
    public ChainRunner(long chunkSteps) {
        if (chunkSteps < 1) {
            throw new IllegalArgumentException("chunkSteps must be at least 1, got " + chunkSteps);
        }
        this.chunkSteps = chunkSteps;
    }

    /**
     * Advances the chain by {@code steps} steps, or fewer if the observer stops it.
     *
     * @return the number of steps done
     * @throws IllegalArgumentException if steps is negative or thin is below 1
     */
    public long run(MarkovChain chain, long steps, long thin, Observer observer) {
        if (steps < 0 || thin < 1) {
            throw new IllegalArgumentException("steps must be >= 0 and thin >= 1, got " + steps + " and " + thin);
        }
        long done = 0;
        long nextSampleStep = thin;
        long sampleIndex = 1;
        while (done < steps) {
            long target = Math.min(steps, Math.min(nextSampleStep, done + chunkSteps));
            chain.advance(target - done);
            done = target;

            if (done == nextSampleStep) {
                observer.onSample(sampleIndex, done, chain);
                sampleIndex++;
                nextSampleStep += thin;
            }
            if (!observer.onProgress(done, chain)) {
                break;
            }
        }
        return done;
    }
}
