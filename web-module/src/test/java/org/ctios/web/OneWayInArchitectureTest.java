package org.ctios.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web tier reaches the object server one way (issue 19): through {@code org.ctios.server.api} (the desks, the
 * reads, the live updates, the link and cluster facts, the accounts, and the views, requests, results and
 * exceptions in {@code server.api..}), never its application services, domain or infrastructure. The CDI notices of
 * {@code org.ctios.server.events} are still allowed: the event streams turn the live model's notices into SSE
 * events and the server fires them as they are; they are the server's published events, not its internals.
 */
class OneWayInArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.web");

    @Test
    void theWebTierUsesTheObjectServerOnlyThroughItsApi() {
        noClasses().that().resideInAPackage("org.ctios.web..")
                .should().dependOnClassesThat(resideInAPackage("org.ctios.server..")
                        .and(resideOutsideOfPackages("org.ctios.server.api..", "org.ctios.server.events..")))
                .because("the web module and enterprise applications deployed beside CTI OS use what server.api "
                        + "promises, so that the object server's services, rules and storage can change behind it")
                .check(WEB);
    }
}
