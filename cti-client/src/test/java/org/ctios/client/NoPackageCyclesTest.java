package org.ctios.client;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend one way: {@code sse} (the wire format) knows nothing of CTI. And the library needs no
 * application server: nothing of Jakarta EE or the server's own modules may creep in.
 */
class NoPackageCyclesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.client");

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.ctios.(client)..").should().beFreeOfCycles().check(CLASSES);
        noClasses().that().resideInAPackage("org.ctios.client.sse").should().dependOnClassesThat()
                .resideInAPackage("org.ctios.client").check(CLASSES);
    }

    @Test
    void theLibraryNeedsNoServer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.ctios.server..",
                "org.ctios.web..", "org.ctios.connector..", "org.ctios.protocol..").check(CLASSES);
    }
}
