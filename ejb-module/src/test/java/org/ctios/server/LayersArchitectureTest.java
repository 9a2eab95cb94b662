package org.ctios.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The object server's layers: the domain below everything and in its own words (the application translates the
 * connector's events and the protocol's constants into them), one gateway to the CTI Server, desks free of
 * infrastructure, views and notices free of everything else of the server. (The web tier's use of nothing but
 * {@code server.api} is web-module's {@code OneWayInArchitectureTest}.)
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

    /** Its persistence mapping is the one thing it shares: JPA's annotations and Hibernate's {@code @Immutable}. */
    @Test
    void theDomainDependsOnNothingButItselfTheJdkAndItsPersistenceMapping() {
        classes().that().resideInAPackage("org.ctios.server.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.ctios.server.domain..", "java..",
                        "jakarta.persistence..", "org.hibernate.annotations..")
                .because("the rules of agents, calls and the history are the domain's: they name agent and "
                        + "connection states in its own words, and the application translates the connector's "
                        + "events and the protocol's constants at its boundary")
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

    @Test
    void theViewsDependOnNothingOfTheServerButOtherViews() {
        noClasses().that().resideInAPackage("org.ctios.server.api.view..")
                .should().dependOnClassesThat(resideInAPackage("org.ctios.server..")
                        .and(resideOutsideOfPackage("org.ctios.server.api.view..")))
                .because("the views are what the web tier and enterprise applications read: the application builds "
                        + "them (mapping the domain's enums by name), they know nothing of it")
                .check(SERVER);
    }

    @Test
    void theNoticesDependOnNoLayerOfTheServerButTheViews() {
        noClasses().that().resideInAPackage("org.ctios.server.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctios.server.application..",
                        "org.ctios.server.domain..", "org.ctios.server.infrastructure..")
                .because("the CDI notices are observed by the web tier and enterprise applications and relayed "
                        + "between the servers of a cluster as they are")
                .check(SERVER);
    }
}
