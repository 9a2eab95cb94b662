package org.ctios.simulator;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the simulator's packages: a cycle makes its packages one unit that can only be understood, tested
 * and changed together. Checked at two scales: its parts ({@code acd}, {@code server}, {@code cti}, {@code admin},
 * {@code scenario}, {@code replay}, {@code bench}), and every package on its own, {@code org.ctios.simulator} itself
 * included (a pattern such as {@code org.ctios.simulator.(**)} leaves it out).
 */
class NoPackageCyclesTest {

    private static final String ROOT = "org.ctios.simulator";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Each package its own slice. */
    private static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(ROOT) || name.startsWith(ROOT + ".") ? SliceIdentifier.of("package " + name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of " + ROOT;
        }
    };

    @Test
    void thePartsDependOnEachOtherOneWay() {
        slices().matching(ROOT + ".(*)..").namingSlices("part $1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().assignedFrom(EVERY_PACKAGE)
                .should().beFreeOfCycles()
                .check(CLASSES);
    }
}
