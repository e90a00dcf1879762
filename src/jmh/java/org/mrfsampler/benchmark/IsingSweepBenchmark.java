package org.mrfsampler.benchmark;

import java.util.concurrent.TimeUnit;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep kernels on a 1024×1024 periodic Ising lattice, J = 1, h = 0, β = β_c, one thread, in ns per site
 * update. The chain starts from a random state, burns in for {@link #burnInSweeps} sweeps and keeps running
 * through warm-up and measurement, so it coarsens towards critical clusters while it is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class IsingSweepBenchmark {

    private static final int SIDE = 1024;
    private static final int SITES = SIDE * SIDE;

    @Param({"metropolis-sweep", "multispin"})
    public String algorithm;

    @Param({"20"})
    public int burnInSweeps;

    private MarkovChain chain;

    @Setup
    public void createChain() {
        IsingModel model = BenchmarkChains.ising(SIDE, SIDE, 1.0, BenchmarkChains.CRITICAL_BETA);
        byte[] initial = InitialStates.random(SITES, RandomStreams.xoshiro256PlusPlus(1));
        chain = BenchmarkChains.create(algorithm, model, initial, RandomStreams.xoshiro256PlusPlus(2), 1);
        BenchmarkChains.burnIn(chain, SITES, burnInSweeps);
    }

    /** Runs one sweep of 2²⁰ site updates; the score is per site update. */
    @Benchmark
    @OperationsPerInvocation(SITES)
    public long sweep() {
        chain.advanceSweeps(1);
        return chain.accepted();
    }
}
