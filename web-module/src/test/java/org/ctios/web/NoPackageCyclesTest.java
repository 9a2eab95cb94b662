package org.ctios.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the web tier's packages: a cycle makes its packages one unit that can only be understood,
 * tested and changed together. Checked at two scales: the parts of the tier ({@code api}, {@code events},
 * {@code security}, {@code cluster}, {@code operations}, {@code pages}, each with its sub-packages), and every
 * package on its own.
 */
class NoPackageCyclesTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.web");

    /**
     * The problem+json types of {@code api.problems} are how every part answers an error (the event streams, the
     * security mechanism and the cluster's forwarding as well as the REST resources), so the dependencies on them
     * are left out here: they belong beside {@code api}, not in it, a move for the rewrite of the error handling.
     */
    private static final DescribedPredicate<JavaClass> PROBLEM_TYPES = resideInAPackage("org.ctios.web.api.problems..")
            .as("the problem+json types");

    @Test
    void thePartsOfTheWebTierDependOnEachOtherOneWay() {
        slices().matching("org.ctios.web.(*)..").namingSlices("part $1")
                .should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), PROBLEM_TYPES)
                .check(WEB);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.ctios.web.(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .check(WEB);
    }
}
