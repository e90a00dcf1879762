package org.mrfsampler.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI mrfSamplerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("mrf-sampler")
                .version("0.1.0")
                .description("Markov chain Monte Carlo sampling of Markov random fields (2D Ising, Hopfield networks)"
                        + " as a service: submit a job, poll it, fetch the thinned samples or an animated GIF."));
    }
}
