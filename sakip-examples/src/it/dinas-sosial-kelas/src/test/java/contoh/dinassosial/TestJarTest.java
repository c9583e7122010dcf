package contoh.dinassosial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.evaluasi.ikm.Ikm;
import io.github.sakip.evaluasi.sakip.NilaiSakip;
import io.github.sakip.evaluasi.skp.NilaiSkp;
import io.github.sakip.pengukuran.PengukuranKinerja;
import io.github.sakip.testing.EvaluasiGen;
import io.github.sakip.testing.HasilGen;
import io.github.sakip.testing.TrenGen;
import io.github.sakip.tren.KemajuanRenstra;
import io.github.sakip.tren.PerubahanTahunan;
import io.github.sakip.tren.Proyeksi;
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
import org.quicktheories.core.Gen;

/** With the test-jar, on the class path: its generators, and both jars as two named modules. */
class TestJarTest {

    /** 30 generated values through {@link DinasSosialTest#bolakBalik}. */
    private static <T> void bolakBalik(Gen<T> values, Class<T> type) {
        qt().withExamples(30).forAll(values).checkAssert(x -> {
            try {
                DinasSosialTest.bolakBalik(x, type);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void generatedValuesOfEveryPackageRoundTripThroughJackson2AndJackson3() {
        bolakBalik(SakipGen.perjanjianKinerja(), PerjanjianKinerja.class);
        bolakBalik(SakipGen.capaian(), Capaian.class);
        bolakBalik(HasilGen.rekapCapaian(), RekapCapaian.class);
        bolakBalik(HasilGen.pengukuranKinerja(), PengukuranKinerja.class);
        bolakBalik(HasilGen.posAnggaran(), PosAnggaran.class);
        bolakBalik(HasilGen.efisiensi(), Efisiensi.class);
        bolakBalik(TrenGen.perubahanTahunan(), PerubahanTahunan.class);
        bolakBalik(TrenGen.kemajuanRenstra(), KemajuanRenstra.class);
        bolakBalik(TrenGen.proyeksi(), Proyeksi.class);
        bolakBalik(EvaluasiGen.ikm(), Ikm.class);
        bolakBalik(EvaluasiGen.nilaiSakip(), NilaiSakip.class);
        bolakBalik(EvaluasiGen.nilaiSkp(), NilaiSkp.class);
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
