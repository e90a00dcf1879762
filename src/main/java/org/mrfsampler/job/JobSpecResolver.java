package org.mrfsampler.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mrfsampler.job.InvalidJobSpecException.FieldError;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.BuiltinPatterns;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.sampler.Algorithms;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted {@link JobSpec} against the model definitions and the configured {@link JobLimits},
 * fills in the defaults and builds the model. Every invalid field is reported at once, each with the fix.
 */
@Component
public class JobSpecResolver {

    static final int DEFAULT_SIZE = 64;
    static final double DEFAULT_ISING_COUPLING = 100.0;
    static final double DEFAULT_ISING_BETA = 1.0;
    static final double DEFAULT_HOPFIELD_BETA = 100.0;
    static final long DEFAULT_ISING_STEPS = 150_000;
    static final long DEFAULT_ISING_THIN = 100;
    static final long DEFAULT_HOPFIELD_STEPS = 20_000;
    static final long DEFAULT_HOPFIELD_THIN = 20;

    private static final Set<String> INITIAL_STATES = Set.of("random", "up", "down");

    private final JobLimits limits;

    public JobSpecResolver(JobLimits limits) {
        this.limits = limits;
    }

    /**
     * Validates the spec and returns it with defaults filled in.
     *
     * @throws InvalidJobSpecException listing every invalid field
     */
    public ResolvedJobSpec resolve(JobSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        ModelSpec modelSpec = spec == null ? null : spec.model();
        if (modelSpec == null) {
            errors.add(new FieldError("model", "missing; give at least {\"type\": \"ising\"} or {\"type\": \"hopfield\"}"));
            throw new InvalidJobSpecException(errors);
        }
        String type = modelSpec.type();
        if (type == null || !(type.equals("ising") || type.equals("hopfield"))) {
            String problem = type == null ? "missing" : "unknown model type '" + type + "'";
            errors.add(new FieldError("model.type", problem + "; use \"ising\" or \"hopfield\""));
            throw new InvalidJobSpecException(errors);
        }
        boolean ising = type.equals("ising");

        int rows = checkDimension(modelSpec.rows(), "model.rows", limits.maxRows(), "mrf.limits.max-rows", errors);
        int cols = checkDimension(modelSpec.cols(), "model.cols", limits.maxCols(), "mrf.limits.max-cols", errors);
        double beta = checkFinite(modelSpec.beta(), ising ? DEFAULT_ISING_BETA : DEFAULT_HOPFIELD_BETA, "model.beta", errors);
        if (beta < 0) {
            String hint = ising ? "; for an antiferromagnet use a negative coupling" : "";
            errors.add(new FieldError("model.beta", "must be >= 0, got " + beta + hint));
        }

        ModelSpec resolvedModel;
        List<byte[]> patterns = List.of();
        if (ising) {
            double coupling = checkFinite(modelSpec.coupling(), DEFAULT_ISING_COUPLING, "model.coupling", errors);
            double field = checkFinite(modelSpec.field(), 0.0, "model.field", errors);
            String boundary = modelSpec.boundary() == null ? "free" : modelSpec.boundary();
            if (!boundary.equals("free") && !boundary.equals("periodic")) {
                errors.add(new FieldError("model.boundary", "unknown boundary '" + boundary + "'; use \"free\" or \"periodic\""));
            } else if (boundary.equals("periodic") && (rows == 1 || cols == 1)) {
                errors.add(new FieldError("model.boundary", "periodic boundaries need rows and cols of at least 2; use \"free\" for a chain"));
            }
            if (modelSpec.patterns() != null) {
                errors.add(new FieldError("model.patterns", "not used by the ising model; remove it"));
            }
            resolvedModel = new ModelSpec(type, rows, cols, coupling, field, beta, boundary, null);
        } else {
            rejectIfSet(modelSpec.coupling(), "model.coupling", errors);
            rejectIfSet(modelSpec.field(), "model.field", errors);
            rejectIfSet(modelSpec.boundary(), "model.boundary", errors);
            List<Object> patternSpecs = modelSpec.patterns() == null ? List.of("cat") : modelSpec.patterns();
            patterns = checkPatterns(patternSpecs, rows, cols, errors);
            resolvedModel = new ModelSpec(type, rows, cols, null, null, beta, null, patternSpecs);
        }

        SamplerSpec resolvedSampler = resolveSampler(spec.sampler(), ising, (long) rows * cols, errors);
        String initialType = spec.initialState() == null || spec.initialState().type() == null
                ? "random" : spec.initialState().type();
        if (!INITIAL_STATES.contains(initialType)) {
            errors.add(new FieldError("initialState.type", "unknown initial state '" + initialType
                    + "'; use one of " + new TreeSet<>(INITIAL_STATES)));
        }

        // The model can be built, and the algorithm checked against it, once every model field is valid,
        // so that an unsupported algorithm is reported together with any other sampler error.
        boolean modelValid = errors.stream().noneMatch(error -> error.field().startsWith("model"));
        boolean algorithmKnown = errors.stream().noneMatch(error -> error.field().equals("sampler.algorithm"));
        SpinModel model = null;
        if (modelValid) {
            model = ising
                    ? new IsingModel(rows, cols, resolvedModel.coupling(), resolvedModel.field(), beta,
                            resolvedModel.boundary().equals("periodic") ? Boundary.PERIODIC : Boundary.FREE)
                    : new HopfieldModel(rows, cols, beta, patterns);
            if (algorithmKnown) {
                Algorithms.unsupported(resolvedSampler.algorithm(), model)
                        .ifPresent(reason -> errors.add(new FieldError("sampler.algorithm", reason)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidJobSpecException(errors);
        }
        JobSpec resolved = new JobSpec(resolvedModel, resolvedSampler, new InitialStateSpec(initialType));
        return new ResolvedJobSpec(resolved, model);
    }

    private SamplerSpec resolveSampler(SamplerSpec sampler, boolean ising, long sites, List<FieldError> errors) {
        SamplerSpec requested = sampler == null ? new SamplerSpec(null, null, null, null, null, null) : sampler;
        String algorithm = requested.algorithm() == null ? Algorithms.METROPOLIS : requested.algorithm();
        if (!Algorithms.names().contains(algorithm)) {
            errors.add(new FieldError("sampler.algorithm", "unknown algorithm '" + algorithm + "'; use one of "
                    + Algorithms.names()));
        }
        long defaultSteps = ising ? DEFAULT_ISING_STEPS : DEFAULT_HOPFIELD_STEPS;
        long defaultThin = ising ? DEFAULT_ISING_THIN : DEFAULT_HOPFIELD_THIN;
        if (requested.steps() != null && requested.sweeps() != null) {
            errors.add(new FieldError("sampler.sweeps", "give either steps or sweeps, not both"));
        }
        Long length = requested.sweeps() != null ? requested.sweeps() : requested.steps();
        long steps = length != null ? length : defaultSteps;
        String lengthField = requested.sweeps() != null ? "sampler.sweeps" : "sampler.steps";
        long thin = requested.thin() != null ? requested.thin() : defaultThin;
        if (steps < 1) {
            errors.add(new FieldError(lengthField, "must be at least 1, got " + steps));
        }
        if (thin < 1) {
            errors.add(new FieldError("sampler.thin", "must be at least 1, got " + thin));
        }
        if (steps >= 1 && thin >= 1) {
            checkSampleCount(steps, thin, sites, lengthField, errors);
        }
        long burnInSweeps = requested.burnInSweeps() == null ? 0 : requested.burnInSweeps();
        if (burnInSweeps < 0) {
            errors.add(new FieldError("sampler.burnInSweeps", "must be >= 0, got " + burnInSweeps));
        }
        if (requested.sweeps() != null) {
            return new SamplerSpec(algorithm, null, steps, thin, requested.seed(), burnInSweeps);
        }
        return new SamplerSpec(algorithm, steps, null, thin, requested.seed(), burnInSweeps);
    }

    private void checkSampleCount(long length, long thin, long sites, String lengthField, List<FieldError> errors) {
        if (length < thin) {
            errors.add(new FieldError(lengthField, "must be at least thin (" + thin + ") so that one sample is"
                    + " stored, got " + length));
            return;
        }
        long samples = length / thin;
        if (samples > limits.maxSamples()) {
            errors.add(new FieldError("sampler.thin", samples + " samples (run length / thin) exceed the limit of "
                    + limits.maxSamples() + " (mrf.limits.max-samples); raise thin to at least "
                    + ceilDiv(length, limits.maxSamples())));
        } else if (sites > 0 && samples > limits.maxStoredBits() / sites) {
            errors.add(new FieldError("sampler.thin", samples + " samples of " + sites + " spins exceed the limit of "
                    + limits.maxStoredBits() + " stored spins (mrf.limits.max-stored-bits); raise thin to at least "
                    + ceilDiv(length, limits.maxStoredBits() / sites)));
        }
    }

    private static long ceilDiv(long a, long b) {
        return b <= 0 ? Long.MAX_VALUE : (a + b - 1) / b;
    }

    private static int checkDimension(Integer value, String field, int max, String property, List<FieldError> errors) {
        int resolved = value == null ? DEFAULT_SIZE : value;
        if (resolved < 1 || resolved > max) {
            errors.add(new FieldError(field, "must be between 1 and " + max + " (" + property + "), got " + resolved));
            return DEFAULT_SIZE;
        }
        return resolved;
    }

    private static double checkFinite(Double value, double defaultValue, String field, List<FieldError> errors) {
        double resolved = value == null ? defaultValue : value;
        if (!Double.isFinite(resolved)) {
            errors.add(new FieldError(field, "must be a finite number, got " + resolved));
            return defaultValue;
        }
        return resolved;
    }

    private static void rejectIfSet(Object value, String field, List<FieldError> errors) {
        if (value != null) {
            errors.add(new FieldError(field, "not used by the hopfield model; remove it"));
        }
    }

    private List<byte[]> checkPatterns(List<Object> specs, int rows, int cols, List<FieldError> errors) {
        if (specs.isEmpty()) {
            errors.add(new FieldError("model.patterns", "must list at least one pattern, for example [\"cat\"]"));
            return List.of();
        }
        if (specs.size() > limits.maxPatterns()) {
            errors.add(new FieldError("model.patterns", specs.size() + " patterns exceed the limit of "
                    + limits.maxPatterns() + " (mrf.limits.max-patterns)"));
            return List.of();
        }
        List<byte[]> patterns = new ArrayList<>();
        for (int index = 0; index < specs.size(); index++) {
            String field = "model.patterns[" + index + "]";
            Object spec = specs.get(index);
            if (spec instanceof String name) {
                builtinPattern(name, rows, cols, field, errors).ifPresent(patterns::add);
            } else if (spec instanceof List<?> grid) {
                inlinePattern(grid, rows, cols, field, errors).ifPresent(patterns::add);
            } else {
                errors.add(new FieldError(field, "must be a builtin pattern name such as \"cat\" or an array of "
                        + rows + " rows of " + cols + " entries, each -1 or 1"));
            }
        }
        return patterns;
    }

    private static Optional<byte[]> builtinPattern(String name, int rows, int cols, String field, List<FieldError> errors) {
        Optional<BuiltinPatterns.Pattern> builtin = BuiltinPatterns.load(name);
        if (builtin.isEmpty()) {
            errors.add(new FieldError(field, "unknown builtin pattern '" + name + "'; use one of "
                    + new TreeSet<>(BuiltinPatterns.names()) + " or give the pattern as an array of rows"));
            return Optional.empty();
        }
        BuiltinPatterns.Pattern pattern = builtin.get();
        if (pattern.rows() != rows || pattern.cols() != cols) {
            errors.add(new FieldError(field, "builtin pattern '" + name + "' is " + pattern.rows() + "×" + pattern.cols()
                    + " but the model is " + rows + "×" + cols + "; set model.rows to " + pattern.rows()
                    + " and model.cols to " + pattern.cols()));
            return Optional.empty();
        }
        return Optional.of(pattern.spins());
    }

    private static Optional<byte[]> inlinePattern(List<?> grid, int rows, int cols, String field, List<FieldError> errors) {
        if (grid.size() != rows) {
            errors.add(new FieldError(field, "has " + grid.size() + " rows but the model has " + rows
                    + "; give rows×cols = " + rows + "×" + cols + " entries"));
            return Optional.empty();
        }
        byte[] spins = new byte[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (!(grid.get(r) instanceof List<?> row) || row.size() != cols) {
                errors.add(new FieldError(field + "[" + r + "]", "must be an array of " + cols + " entries, each -1 or 1"));
                return Optional.empty();
            }
            for (int c = 0; c < cols; c++) {
                Object entry = row.get(c);
                if (!(entry instanceof Number number) || Math.abs(number.doubleValue()) != 1.0) {
                    errors.add(new FieldError(field + "[" + r + "][" + c + "]", "must be -1 or 1, got " + entry));
                    return Optional.empty();
                }
                spins[r * cols + c] = (byte) (number.doubleValue() > 0 ? 1 : -1);
            }
        }
        return Optional.of(spins);
    }
}
