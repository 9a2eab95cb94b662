package org.ctios.server;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the object server's packages: a cycle makes its packages one unit that can only be understood,
 * tested and changed together. Checked at two scales: the layers ({@code api}, {@code application}, {@code domain},
 * {@code events}, {@code infrastructure}, each with its sub-packages), and every package on its own.
 */
class NoPackageCyclesTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.server");

    @Test
    void theLayersDependOnEachOtherOneWay() {
        slices().matching("org.ctios.server.(*)..").namingSlices("layer $1")
                .should().beFreeOfCycles()
                .check(SERVER);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.ctios.server.(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .check(SERVER);
    }
}
