package org.mrfsampler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the numerical core usable, testable and benchmarkable without Spring, JPA or the web layer. */
@AnalyzeClasses(packages = "org.mrfsampler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses()
            .that().resideInAnyPackage("org.mrfsampler.model..", "org.mrfsampler.sampler..", "org.mrfsampler.render..",
                    "org.mrfsampler.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
                    "com.fasterxml..", "org.hibernate..", "org.mrfsampler.job..", "org.mrfsampler.sample..",
                    "org.mrfsampler.api..");
}
