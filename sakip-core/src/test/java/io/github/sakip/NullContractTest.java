package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.evaluasi.ikm.Ikm;
import io.github.sakip.evaluasi.ikm.PedomanIkm;
import io.github.sakip.evaluasi.ikm.RekapUnsur;
import io.github.sakip.evaluasi.ikm.RumusIkm;
import io.github.sakip.evaluasi.ikm.SurveiIkm;
import io.github.sakip.evaluasi.sakip.PedomanSakip;
import io.github.sakip.evaluasi.skp.KonversiCapaianIki;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.testing.Klojen2021;
import io.github.sakip.tren.DeretKinerja;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The null contract: a parameter that rejects null carries no {@code @Nullable} (the packages
 * are {@code @ParametersAreNonnullByDefault}), and passing null to it throws a
 * {@link SakipException} naming it, never a {@link NullPointerException}.
 */
class NullContractTest {

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(SakipException.class).hasMessageContaining(field);
    }

    @SuppressWarnings("DataFlowIssue")
    @Test
    void queriesRefuseNullWithASakipException() {
        Capaian capaian = RumusCapaian.standar().hitung(Klojen2021.IPMAS, Target.of(Klojen2021.TAHUN,
                new BigDecimal("86.80")), Realisasi.of(Klojen2021.TAHUN, new BigDecimal("80.98")));
        refused(() -> capaian.getPredikat(null), "Capaian.getPredikat skala");
        assertThat(capaian.getPredikat(SkalaBaku.LKJIP)).isNotNull();
        PosAnggaran pos = PosAnggaran.of(Klojen2021.PERANGKAT_DAERAH, Klojen2021.perjanjianKinerja());
        refused(() -> pos.cari(null), "PosAnggaran.cari kode");
        refused(() -> TingkatPos.of(null), "TingkatPos tingkat");
        refused(() -> PedomanIkm.PERMENPANRB_14_2017.bobot(null), "PedomanIkm.bobot bobot");
        Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(30_000, 10_000))));
        refused(() -> ikm.nilaiUnit(null), "Ikm.nilaiUnit pembulatan");
        refused(() -> ikm.getUnsur().get(0).nrr(null), "NrrUnsur.nrr pembulatan");
        refused(() -> ikm.getUnsur().get(0).nrrTertimbang(null), "NrrUnsur.nrrTertimbang pembulatan");
        refused(() -> KonversiCapaianIki.standar().getRuas().get(0).nilai(null), "RuasKonversi.nilai capaian");
        refused(() -> PedomanSakip.PERMENPANRB_88_2021.komponen(null), "PedomanSakip.komponen kode");
        refused(() -> SkalaBaku.LKJIP.withLabel(null, List.of("a", "b", "c", "d")), "Skala.nama");
        DeretKinerja deret = DeretKinerja.from(Klojen2021.renstra(), Klojen2021.IPMAS);
        refused(() -> deret.getRealisasi(null), "DeretKinerja.getRealisasi tahun");
        refused(() -> deret.getTarget(null), "DeretKinerja.getTarget tahun");
    }

    @Test
    void publicMethodsMarkNoParameterNullableButEqualsAndTheExceptionsCause() throws Exception {
        List<String> marked = new ArrayList<>();
        int methods = 0;
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$") || name.endsWith("package-info") || name.equals("module-info")
                        || name.contains(".reviu.")) {
                    continue;
                }
                Class<?> type = Class.forName(name);
                for (Method m : type.getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers()) || m.getName().equals("equals")
                            || type == Checks.class) {
                        continue;
                    }
                    methods++;
                    for (Parameter p : m.getParameters()) {
                        if (p.isAnnotationPresent(Nullable.class)) {
                            marked.add(type.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
        }
        assertThat(methods).isGreaterThan(500);
        assertThat(marked).isEmpty();
    }
}
