package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server publishes is valid OpenAPI, as client generators need it: a real parser
 * (swagger-parser) reads it, in YAML and in JSON, without a single message; its path templates are plain
 * ({@code /api/calls/{id}}, with each template parameter declared), each tag is listed once and every tag an
 * operation names is listed; its servers are relative, and it names no host or port of the server.
 */
class OpenApiDocumentIT extends DeployedAgainstSimulator {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]*)\\}");
    /** The probe the tests add to the WAR ({@code org.ctios.it.beside}): not the product's, so not described. */
    private static final String TEST_PROBE = "/api/test/";

    /** The document as an anonymous client reads it (no account is needed), in one format. */
    private String document(String query) {
        RestClient.RawReply reply = rest().anonymous().exchange("GET", "/openapi" + query, null,
                HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).as("GET /openapi%s", query).isEqualTo(200);
        return reply.body();
    }

    private static OpenAPI parsed(String text, String format) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getMessages()).as("what the parser says about the %s document", format).isEmpty();
        assertThat(result.getOpenAPI()).as("the %s document", format).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void aRealParserReadsTheDocumentInYamlAndJsonWithoutAMessage() {
        OpenAPI yaml = parsed(document(""), "YAML");
        OpenAPI json = parsed(document("?format=JSON"), "JSON");

        assertThat(yaml.getOpenapi()).startsWith("3.");
        assertThat(json.getPaths().keySet()).isEqualTo(yaml.getPaths().keySet());
    }

    @Test
    void pathTemplatesArePlainAndEachParameterOfATemplateIsDeclared() {
        OpenAPI document = parsed(document("?format=JSON"), "JSON");

        assertThat(document.getPaths().keySet()).contains("/api/calls/{id}", "/api/calls/{id}/actions",
                "/api/calls/{id}/data", "/api/skillgroups/{number}", "/api/system/warnings", "/api/events")
                .allSatisfy(path -> assertThat(path).as("a path template without a regular expression")
                        .doesNotContain(":", " ", "[", "+"));
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Set<String> inTemplate = new HashSet<>();
            Matcher parameter = TEMPLATE_PARAMETER.matcher(path);
            while (parameter.find()) {
                inTemplate.add(parameter.group(1));
            }
            Set<String> declared = new HashSet<>();
            for (List<Parameter> parameters : new ArrayList<>(List.of(
                    item.getParameters() == null ? List.<Parameter>of() : item.getParameters(),
                    operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()))) {
                parameters.stream().filter(p -> "path".equals(p.getIn())).forEach(p -> declared.add(p.getName()));
            }
            assertThat(declared).as("the path parameters of %s %s", method, path).isEqualTo(inTemplate);
        }));
    }

    @Test
    void eachTagIsListedOnceAndEveryTagAnOperationNamesIsListed() {
        OpenAPI document = parsed(document("?format=JSON"), "JSON");

        List<String> listed = document.getTags().stream().map(Tag::getName).toList();
        assertThat(listed).as("the document's tags").doesNotHaveDuplicates().contains("Teams", "System", "Events");
        assertThat(document.getTags()).allSatisfy(tag -> assertThat(tag.getDescription()).as(tag.getName())
                .isNotBlank());
        Set<String> named = new LinkedHashSet<>();
        document.getPaths().forEach((path, item) -> {
            if (path.startsWith(TEST_PROBE)) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                assertThat(operation.getTags()).as("the tags of %s %s", method, path).isNotEmpty();
                named.addAll(operation.getTags());
            });
        });
        assertThat(listed).containsAll(named);
    }

    @Test
    void theServersAreRelativeAndTheDocumentNamesNoHostOrPortOfTheServer() {
        String yaml = document("");
        OpenAPI document = parsed(yaml, "YAML");

        assertThat(document.getServers()).isNotEmpty().extracting(Server::getUrl)
                .allSatisfy(url -> assertThat(url).startsWith("/"));
        String port = String.valueOf(deploymentUrl.getPort());
        assertThat(yaml).doesNotContain("127.0.0.1", "localhost", deploymentUrl.getHost(), ":" + port);
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            assertThat(path.getKey()).startsWith("/api/");
        }
    }
}
