package io.accord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout of docs/architecture.md, checked on the compiled classes so that it stays true. */
@AnalyzeClasses(packages = "io.accord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesImportInOneDirection =
            slices().matching("io.accord.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theExtractionCoreIsPlainJava = noClasses()
            .that()
            .resideInAnyPackage("io.accord.extraction..", "io.accord.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..",
                    "io.smallrye..",
                    "io.vertx..",
                    "jakarta..",
                    "org.eclipse.microprofile..",
                    "org.apache.kafka..",
                    "org.hibernate..")
            .because("the batch command and the extract service call the same core, without a container");

    @ArchTest
    static final ArchRule messagesAndTextDependOnNothingOfOurs = noClasses()
            .that()
            .resideInAnyPackage("io.accord.model..", "io.accord.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.accord.api..",
                    "io.accord.cli..",
                    "io.accord.extract..",
                    "io.accord.extraction..",
                    "io.accord.ingest..",
                    "io.accord.runtime..",
                    "io.accord.store..");

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsThings = noClasses()
            .that()
            .resideOutsideOfPackage("io.accord.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.accord.cli..");

    @ArchTest
    static final ArchRule servicesTalkOnlyThroughKafka = slices().matching("io.accord.(ingest|extract|store)..")
            .should()
            .notDependOnEachOther()
            .because("ingest, extract and store run in separate processes when their roles are split");
}
