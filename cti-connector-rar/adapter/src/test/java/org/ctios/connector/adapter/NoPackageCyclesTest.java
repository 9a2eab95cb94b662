package org.ctios.connector.adapter;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the connector's packages, the API's and the adapter's: a cycle makes its packages one unit that
 * can only be understood, tested and changed together. Every package is a slice, the adapter's root package (the
 * JCA classes the container sees) included.
 */
class NoPackageCyclesTest {

    private static final JavaClasses CONNECTOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.connector");

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.ctios.connector.(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .check(CONNECTOR);
    }
}
