package org.ctios.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete and the reference is the catalogue: every {@code ctios.} key the main code reads is
 * declared, every {@code @ConfigProperty} takes its declared default, and {@code docs/settings.md} is made from it.
 */
class SettingsCatalogueTest {

    private static final Path ROOT = Path.of("..");
    private static final Path REFERENCE = ROOT.resolve("docs/settings.md");
    /** The main sources of every part that reads settings (the simulator and the benchmark are programs of their own). */
    private static final List<Path> MAIN_SOURCES = List.of(ROOT.resolve("cti-connector-rar/api/src/main/java"),
            ROOT.resolve("cti-connector-rar/adapter/src/main/java"), ROOT.resolve("ejb-module/src/main/java"),
            ROOT.resolve("web-module/src/main/java"));
    /** A string literal, or a Payara {@code ${MPCONFIG=...}} reference, that begins with a {@code ctios.} name. */
    private static final Pattern KEY = Pattern.compile("(?:\"|MPCONFIG=)(ctios\\.[A-Za-z0-9.\\-]*)");

    private final SettingsCatalogue catalogue = SettingsCatalogue.load(getClass().getClassLoader());

    @Test
    void everyPartIsFoundAndEachDefaultIsOneOfItsValues() {
        assertThat(catalogue.parts().keySet()).containsExactly("connector", "object server", "web module");
        for (DeclaredSetting setting : catalogue.all()) {
            if (setting.defaultValue() != null) {
                setting.check(setting.key(), setting.defaultValue());
            }
        }
        assertThat(catalogue.setting("ctios.cluster.instance-url")).as("documented as a setting, not only as "
                + "an environment variable").isPresent();
    }

    /**
     * Every {@code "ctios.} literal in the main code names a declared setting; a literal ending with a dot is a
     * family's prefix. Metric names are not settings: the rule that leaves them out is that they are written only in
     * the classes that register metrics, whose names end with {@code Metrics}.
     */
    @Test
    void everyKeyTheMainCodeNamesIsDeclared() throws IOException {
        Set<String> undeclared = new TreeSet<>();
        int keys = 0;
        for (Path sources : MAIN_SOURCES) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !file.getFileName().toString().endsWith("Metrics.java")).toList();
            }
            for (Path file : files) {
                Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    keys++;
                    // A dot at the end is a family's prefix, or a sentence's end in a description.
                    boolean declared = catalogue.declares(key) || key.endsWith(".")
                            && (catalogue.declares(key.substring(0, key.length() - 1)) || catalogue.all().stream()
                            .anyMatch(setting -> setting.isFamily() && setting.key().startsWith(key)));
                    if (!declared) {
                        undeclared.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(keys).as("the scan finds the keys it should check").isGreaterThan(50);
        assertThat(undeclared).as("keys read in the main code but declared in no part's settings").isEmpty();
    }

    /**
     * A default written where a value is read is the declared one, so the reference says what the server does. Read
     * from the class files (ArchUnit), since some classes cannot be loaded without the server's libraries.
     */
    @Test
    void everyConfigPropertyIsDeclaredWithItsDefault() {
        List<String> wrong = new ArrayList<>();
        int properties = 0;
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ctios.server", "org.ctios.web")) {
            List<JavaAnnotation<?>> annotations = new ArrayList<>();
            javaClass.getFields().forEach(field -> annotations.addAll(field.getAnnotations()));
            javaClass.getCodeUnits().forEach(code -> code.getParameters()
                    .forEach(parameter -> annotations.addAll(parameter.getAnnotations())));
            for (JavaAnnotation<?> annotation : annotations) {
                if (!annotation.getRawType().isEquivalentTo(ConfigProperty.class)) {
                    continue;
                }
                String name = (String) annotation.get("name").orElse("");
                if (!name.startsWith("ctios.")) {
                    continue;
                }
                properties++;
                String defaultValue = (String) annotation.get("defaultValue").orElse(null);
                if (ConfigProperty.UNCONFIGURED_VALUE.equals(defaultValue)) {
                    defaultValue = null;
                }
                String where = javaClass.getSimpleName();
                DeclaredSetting setting = catalogue.setting(name).orElse(null);
                if (setting == null) {
                    wrong.add(where + " reads " + name + ", which is not declared");
                } else if (!Objects.equals(defaultValue, setting.defaultValue())) {
                    wrong.add(where + " reads " + name + " with default " + defaultValue
                            + ", but its declared default is " + setting.defaultValue());
                }
            }
        }
        assertThat(properties).as("the scan finds the injected settings").isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSettingsReferenceIsTheCatalogue() throws IOException {
        String expected = SettingsReference.markdown(catalogue);
        String actual = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.writeString(Path.of("target", "settings.md"), expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/settings.md should be web-module/target/settings.md, just written").isEqualTo(expected);
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .as("the main README links to the reference").contains("(docs/settings.md)");
    }

    /** {@code run.sh}'s variables reach the server's environment: each is a setting's or one of its own. */
    @Test
    void everyVariableRunShReadsIsASettingOrOneOfItsOwn() throws IOException {
        Matcher matcher = Pattern.compile("CTIOS_[A-Z0-9_]+").matcher(Files.readString(ROOT.resolve("run.sh")));
        Set<String> variables = new TreeSet<>();
        while (matcher.find()) {
            variables.add(matcher.group());
        }
        assertThat(variables).isNotEmpty();
        assertThat(UnknownSettings.among(variables, catalogue)).isEmpty();
    }
}
