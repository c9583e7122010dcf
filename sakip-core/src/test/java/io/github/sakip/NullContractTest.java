package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.internal.Checks;
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
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.BarisAnggaranDicetak;
import io.github.sakip.reviu.Besaran;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.Hitungan;
import io.github.sakip.reviu.IndikatorProgram;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.KebijakanLaporan;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Pemeriksa;
import io.github.sakip.reviu.PerhitunganLkjip;
import io.github.sakip.reviu.ReviuLkjip;
import io.github.sakip.reviu.Rincian;
import io.github.sakip.reviu.Temuan;
import io.github.sakip.reviu.TerbilangDicetak;
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
import java.util.Set;
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

    @SuppressWarnings("DataFlowIssue")
    @Test
    void theReviuRefusesNullWithASakipException() {
        Lokasi lokasi = Lokasi.of("Tabel 3.1", "IPMas", "Capaian");
        BigDecimal satu = BigDecimal.ONE;
        refused(() -> Lokasi.of(null, "b", "k"), "Lokasi.tabel");
        refused(() -> AngkaDicetak.of(null, Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), satu, null),
                "AngkaDicetak.lokasi");
        refused(() -> AngkaDicetak.of(lokasi, null, satu, null), "AngkaDicetak.besaran");
        refused(() -> BarisAnggaranDicetak.of("Tabel 3.4", "Program", null, null, null, null),
                "BarisAnggaranDicetak.tingkat");
        refused(() -> Besaran.indikator(JenisBesaran.CAPAIAN, Klojen2021.IPMAS, null), "Besaran.tahun");
        refused(() -> Besaran.laporan(null), "Besaran.jenis");
        refused(() -> DataLkjip.of(null, Klojen2021.TAHUN, Klojen2021.renstra(), Klojen2021.perjanjianKinerja(),
                List.of(), List.of(), List.of()), "DataLkjip.instansi");
        refused(() -> DataLkjip.of("X", Klojen2021.TAHUN, Klojen2021.renstra(), Klojen2021.perjanjianKinerja(),
                List.of(), List.of(), null), "DataLkjip.terbilang");
        refused(() -> HasilReviu.of(0, null, List.of()), "HasilReviu.temuan");
        refused(() -> Hitungan.bagi(null, satu, "a / b"), "Hitungan");
        refused(() -> Hitungan.eksak(satu, null), "Hitungan");
        refused(() -> IndikatorProgram.of(Klojen2021.PENUNJANG, null, Klojen2021.TARGET_RASIO_LINMAS, null, null),
                "IndikatorProgram.indikator");
        refused(() -> KebijakanLaporan.standar().withSkala(null), "KebijakanLaporan");
        refused(() -> Pemeriksa.standar().withToleransi(null), "Pemeriksa.toleransi");
        refused(() -> ReviuLkjip.standar().withPemeriksa(null), "ReviuLkjip.pemeriksa");
        refused(() -> PerhitunganLkjip.of(null), "PerhitunganLkjip.data");
        refused(() -> Rincian.of(satu, null, satu), "Rincian.penyebut");
        refused(() -> Temuan.of(null, JenisTemuan.KESALAHAN, satu, satu, null, "k"), "Temuan.lokasi");
        refused(() -> TerbilangDicetak.of(lokasi, satu, null), "TerbilangDicetak.kata");
    }

    /** The parameters that accept null, each documented "or null": Type.method#index. */
    private static final Set<String> NULL_ACCEPTED = Set.of("AngkaDicetak.of#3", "BarisAnggaranDicetak.of#3",
            "BarisAnggaranDicetak.of#4", "BarisAnggaranDicetak.of#5", "IndikatorProgram.of#3", "IndikatorProgram.of#4",
            "Temuan.of#4");

    @Test
    void publicMethodsMarkNoParameterNullableButEqualsAndTheExceptionsCause() throws Exception {
        List<String> marked = new ArrayList<>();
        int methods = 0;
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$") || name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name);
                for (Method m : type.getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers()) || m.getName().equals("equals")
                            || type == Checks.class) {
                        continue;
                    }
                    methods++;
                    Parameter[] parameters = m.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        String where = type.getSimpleName() + "." + m.getName() + "#" + i;
                        if (parameters[i].isAnnotationPresent(Nullable.class) && !NULL_ACCEPTED.contains(where)) {
                            marked.add(where);
                        }
                    }
                }
            }
        }
        assertThat(methods).isGreaterThan(500);
        assertThat(marked).isEmpty();
    }
}
