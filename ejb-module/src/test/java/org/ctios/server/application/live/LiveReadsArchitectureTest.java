package org.ctios.server.application.live;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The live reads never reach the database: the queries the interfaces and desks read, and the live model itself,
 * depend on no repository (entities' values they may read), no JPA and no transaction. (Only the model's source, which reads it from the database
 * when it is rebuilt, and the history, which is a database query, may.)
 */
class LiveReadsArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ctios.server");

    @Test
    void liveQueriesAndTheModelTouchNoDatabase() {
        ArchRule rule = noClasses().that().haveNameMatching(
                        "org\\.ctios\\.server\\.application\\.(AgentQueries|CallQueries|TeamQueries|SkillGroupQueries)"
                                + "|org\\.ctios\\.server\\.application\\.live\\.(?!DatabaseLiveSource).*")
                .should().dependOnClassesThat().haveNameMatching(
                        "jakarta\\.persistence\\..*|jakarta\\.transaction\\.Transactional.*|java\\.sql\\..*"
                                + "|org\\.ctios\\.server\\.domain\\..*\\.(.*Repository|CallHistory|Organisation|SkillGroupStatistics)"
                                + "|org\\.ctios\\.server\\.infrastructure\\..*")
                .because("every live read is served from memory; the database is the record of what happened");
        rule.check(SERVER);
    }
}
