package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A submitted job: the model to sample, the sampler settings and the initial state. Omitted fields
 * take the defaults documented on each record, and the job resource shows the spec with them filled in.
 */
@Schema(description = "A sampling job: model, sampler settings and initial state")
public record JobSpec(ModelSpec model, SamplerSpec sampler, InitialStateSpec initialState) {
}
