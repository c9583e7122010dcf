package contoh.dinassosial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.testing.SakipGen;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** With the test-jar, on the class path: its generators, and both jars as two named modules. */
class TestJarTest {

    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON2 =
            new com.fasterxml.jackson.databind.json.JsonMapper();
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Test
    void generatedAgreementsRoundTripThroughJackson2AndJackson3() {
        qt().withExamples(50).forAll(SakipGen.perjanjianKinerja()).checkAssert(x -> {
            assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(x), PerjanjianKinerja.class)).isEqualTo(x);
            try {
                assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(x), PerjanjianKinerja.class)).isEqualTo(x);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void bothJarsAreModulesWithTheirOwnNames() {
        String path = System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator
                + System.getProperty("java.class.path", "");
        Path[] jars = Arrays.stream(path.split(java.io.File.pathSeparator)).filter(e -> e.contains("sakip-core"))
                .map(Path::of).toArray(Path[]::new);
        assertThat(jars).hasSize(2);
        // resolving both on one module path used to fail with "Two versions of module io.github.sakip.core"
        Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars), ModuleFinder.of(),
                Set.of("io.github.sakip.core", "io.github.sakip.testing"));
        Set<String> names = cf.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertThat(names).contains("io.github.sakip.testing");
        assertThat(Capaian.class.getModule().isNamed()).as("on the class path").isFalse();
    }
}
