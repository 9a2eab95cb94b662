package org.ctios.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the web tier's packages: a cycle makes its packages one unit that can only be understood,
 * tested and changed together. Checked at two scales: the parts of the tier ({@code api}, {@code events},
 * {@code security}, {@code cluster}, {@code operations}, {@code pages}, {@code problems}, ..., each with its
 * sub-packages), and every package on its own. Nothing is left out: the problem details every part answers errors
 * with are a part of their own, {@code problems}, that depends on none of the others.
 */
class NoPackageCyclesTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.web");

    @Test
    void thePartsOfTheWebTierDependOnEachOtherOneWay() {
        slices().matching("org.ctios.web.(*)..").namingSlices("part $1")
                .should().beFreeOfCycles()
                .check(WEB);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.ctios.web.(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .check(WEB);
    }
}
