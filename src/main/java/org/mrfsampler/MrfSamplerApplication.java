package org.mrfsampler;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MrfSamplerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MrfSamplerApplication.class, args);
    }

    /** Provides the clock behind every job timestamp, so that tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
