package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.SakipJson;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Every public value type round-trips through Jackson" (docs/json.md) as a rule the build keeps:
 * each public class of an exported package is a JSON type, or is named here with the reason it
 * has no JSON form. A new value type without JSON fails this test until it gets one.
 */
class JsonCoverageTest {

    /** Exported packages, as module-info.java exports them. */
    private static final List<String> PAKET = List.of("io.github.sakip", "io.github.sakip.anggaran",
            "io.github.sakip.capaian", "io.github.sakip.evaluasi.ikm", "io.github.sakip.evaluasi.sakip",
            "io.github.sakip.evaluasi.skp", "io.github.sakip.format", "io.github.sakip.model",
            "io.github.sakip.pengukuran", "io.github.sakip.predikat", "io.github.sakip.reviu", "io.github.sakip.tren");

    /**
     * Public classes that are not values, so have no JSON form: calculators and formats are built
     * in code as configuration (docs/json.md, "Calculators are not serialised"), a constant holder
     * holds JSON values, and a {@code Hitungan} holds a function.
     */
    private static final Set<String> BUKAN_NILAI = Set.of(
            // formats: configuration of text, not data
            "AngkaFormat", "PersenFormat", "RupiahFormat", "Terbilang", "PembacaTerbilang",
            // constants: each Skala of SkalaBaku is a JSON type; TabelSampel is a published table
            "SkalaBaku", "TabelSampel",
            // calculators that no result carries
            "CapaianMassal", "RumusTren", "ReviuLkjip", "Pemeriksa", "PerhitunganLkjip",
            // functions, whose results (PosAnggaran, Realisasi) are JSON types
            "RekapNomenklatur", "RealisasiTahunan",
            // a figure as a function of the rounding, inside the reviu
            "Hitungan");

    private static Stream<Class<?>> kelasPublik() throws IOException, URISyntaxException {
        Path akar = Path.of(SakipException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return PAKET.stream().flatMap(paket -> {
            Path dir = akar.resolve(paket.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("Immutable")
                                && !n.equals("package-info.class"))
                        .<Class<?>>map(n -> muat(paket + "." + n.substring(0, n.length() - ".class".length())))
                        .toList().stream();
            } catch (IOException e) {
                throw new AssertionError(dir.toString(), e);
            }
        }).filter(c -> Modifier.isPublic(c.getModifiers()));
    }

    private static Class<?> muat(String nama) {
        try {
            return Class.forName(nama);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(nama, e);
        }
    }

    private static boolean jsonType(Class<?> c) {
        return c.isEnum() || c.isAnnotationPresent(SakipJson.class) || Arrays.stream(c.getDeclaredMethods())
                .anyMatch(m -> m.isAnnotationPresent(JsonValue.class) || m.isAnnotationPresent(JsonCreator.class));
    }

    @Test
    void everyPublicValueTypeIsAJsonType() throws Exception {
        List<String> tanpaJson = kelasPublik()
                .filter(c -> !Throwable.class.isAssignableFrom(c) && !c.isInterface())
                .filter(c -> !BUKAN_NILAI.contains(c.getSimpleName()))
                .filter(c -> !jsonType(c))
                .map(Class::getName).sorted().toList();
        assertThat(tanpaJson).isEmpty();
    }

    @Test
    void theListOfNonValuesNamesOnlyPublicClassesWithoutJson() throws Exception {
        List<Class<?>> named = kelasPublik().filter(c -> BUKAN_NILAI.contains(c.getSimpleName())).toList();
        assertThat(named).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(BUKAN_NILAI);
        assertThat(named).noneMatch(JsonCoverageTest::jsonType);
    }
}
