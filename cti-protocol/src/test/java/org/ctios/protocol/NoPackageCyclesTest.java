package org.ctios.protocol;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the protocol's packages: a cycle makes its packages one unit that can only be understood, tested
 * and changed together. Checked at two scales: the layers ({@code codec}, {@code framing}, {@code message} with its
 * families, {@code stream}, {@code types}), and every package on its own, {@code org.ctios.protocol} itself included (a
 * pattern such as {@code org.ctios.protocol.(**)} leaves it out).
 */
class NoPackageCyclesTest {

    private static final String ROOT = "org.ctios.protocol";
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
