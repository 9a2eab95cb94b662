package org.ctios.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The object server's layers as far as they stand today: the domain below everything, one gateway to the CTI
 * Server, desks free of infrastructure. (The domain's own independence from the connector's and the protocol's
 * types, and the web tier's from everything but {@code server.api}, are the next steps of issue 19.)
 */
class LayersArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.server");

    @Test
    void theDomainDependsOnNoLayerAboveIt() {
        noClasses().that().resideInAPackage("org.ctios.server.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctios.server.application..",
                        "org.ctios.server.api..", "org.ctios.server.infrastructure..", "org.ctios.server.events..")
                .because("the rules of agents, calls and the history are read and tested without the services")
                .check(SERVER);
    }

    @Test
    void onlyTheGatewayTalksToTheCtiServer() {
        noClasses().that().haveNameNotMatching("org\\.ctios\\.server\\.application\\.(CtiGateway|CtiStep)(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.ctios.connector.api.CtiConnection")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.ctios.connector.api.CtiConnectionFactory")
                .because("every desk's request goes one way, where it can be bounded, counted and forwarded")
                .check(SERVER);
    }

    @Test
    void theDesksUseNoInfrastructure() {
        noClasses().that().resideInAPackage("org.ctios.server.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctios.server.infrastructure..",
                        "org.ctios.connector.adapter..", "jakarta.persistence..")
                .because("the desks are what the web tier and enterprise applications inject: services, not storage")
                .check(SERVER);
    }
}
