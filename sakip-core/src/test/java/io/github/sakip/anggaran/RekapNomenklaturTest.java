package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Program;
import io.github.sakip.model.Rupiah;
import io.github.sakip.testing.Klojen2021;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RekapNomenklaturTest {

    private static KodeNomenklatur k(String kode) {
        return KodeNomenklatur.parse(kode);
    }

    private static BarisAnggaran baris(String kode, long jumlah) {
        return BarisAnggaran.of(k(kode), Rupiah.of(jumlah));
    }

    @Test
    void rowsRollUpToKegiatanProgramBidangUrusanAndUrusan() {
        List<BarisAnggaran> pagu = List.of(
                BarisAnggaran.of(k("7.01.01.2.01.0001"), "Penyusunan Dokumen Perencanaan", Rupiah.of(25_000_000L)),
                baris("7.01.01.2.01.0002", 10_000_000L),
                baris("7.01.01.2.02.0001", 5_000_000L),
                baris("7.01.02.2.01.0001", 40_000_000L),
                baris("2.13.02.2.01.0003", 7_000_000L));
        List<BarisAnggaran> realisasi = List.of(
                baris("7.01.01.2.01.0001", 20_000_000L),
                baris("7.01.01.2.01.0001", 4_500_000L), // a second payment (SP2D) of the same sub kegiatan
                baris("7.01.02.2.01.0001", 39_000_000L),
                baris("2.13.02.2.01.0003", 7_000_000L));
        PosAnggaran pd = RekapNomenklatur.susun("Kecamatan Klojen", pagu, realisasi);
        assertThat(pd.getPagu()).isEqualTo(Rupiah.of(87_000_000L));
        assertThat(pd.getRealisasi()).isEqualTo(Rupiah.of(70_500_000L));
        assertThat(pd.getRincian()).extracting(p -> p.getKode().get().toString()).containsExactly("2", "7");
        PosAnggaran sub = pd.cari(k("7.01.01.2.01.0001")).get();
        assertThat(sub.getNama()).contains("Penyusunan Dokumen Perencanaan");
        assertThat(sub.getRealisasi()).isEqualTo(Rupiah.of(24_500_000L));
        // a pagu row without payment spent nothing
        assertThat(pd.cari(k("7.01.01.2.01.0002")).get().getRealisasi()).isEqualTo(Rupiah.NOL);
        PosAnggaran kegiatan = pd.cari(k("7.01.01.2.01")).get();
        assertThat(kegiatan.getTingkat()).isEqualTo(TingkatPos.KEGIATAN);
        assertThat(kegiatan.getNama()).isEmpty();
        assertThat(kegiatan.getUraian()).isEqualTo("7.01.01.2.01");
        assertThat(kegiatan.getPagu()).isEqualTo(Rupiah.of(35_000_000L));
        assertThat(pd.cari(k("7.01.01")).get().getPagu()).isEqualTo(Rupiah.of(40_000_000L));
        assertThat(pd.cari(k("7.01")).get().getTingkat()).isEqualTo(TingkatPos.BIDANG_URUSAN);
        assertThat(pd.cari(k("7.01")).get().getRealisasi()).isEqualTo(Rupiah.of(63_500_000L));
        assertThat(pd.cari(k("7")).get().getRincian()).hasSize(1);
    }

    @Test
    void realisasiRowWithoutPaguRowIsAnErrorNamingTheCode() {
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD", List.of(baris("7.01.01.2.01.0001", 10L)),
                List.of(baris("7.01.03.2.01.0001", 5L))))
                .isInstanceOf(SakipException.class)
                .hasMessageContaining("realisasi row of 7.01.03.2.01.0001 has no pagu row")
                .hasMessageContaining("realisasi anggaran of another program");
    }

    @Test
    void repeatedOrNestedPaguRowsAreErrors() {
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD",
                List.of(baris("7.01.01.2.01.0001", 10L), baris("7.01.01.2.01.0001", 10L)), List.of()))
                .isInstanceOf(SakipException.class).hasMessageContaining("pagu row of 7.01.01.2.01.0001 must not repeat");
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD",
                List.of(baris("7.01.01.2.01.0001", 10L), baris("7.01.01", 10L)), List.of()))
                .isInstanceOf(SakipException.class)
                .hasMessageContaining("7.01.01.2.01.0001 lies under pagu row 7.01.01");
    }

    @Test
    void rowsAtHigherLevelsAndOlderTwoDigitCodesAreLeaves() {
        PosAnggaran pd = RekapNomenklatur.susun("PD",
                List.of(baris("7.01.01", 100L), baris("7.01.02.2.01.01", 50L)),
                List.of(baris("7.01.01", 80L), baris("7.01.02.2.01.01", 50L)));
        assertThat(pd.cari(k("7.01")).get().getRincian()).hasSize(2);
        assertThat(pd.cari(k("7.01.01")).get().getRincian()).isEmpty();
        assertThat(pd.cari(k("7.01.02.2.01.01")).get().getPagu()).isEqualTo(Rupiah.of(50L));
        assertThat(pd.getRealisasi()).isEqualTo(Rupiah.of(130L));
    }

    @Test
    void codedProgramsRollUpToTheAgency() {
        Program a = Klojen2021.KETENTRAMAN.withKode(k("7.01.04"));
        Program c = Klojen2021.PENUNJANG.withKode(k("7.01.01"));
        PosAnggaran pd = RekapNomenklatur.susun("Kecamatan Klojen", List.of(a, c));
        assertThat(pd.getPagu()).isEqualTo(Rupiah.of(418_601_325L + 19_072_791_175L));
        assertThat(pd.cari(k("7.01")).get().getRincian()).extracting(p -> p.getKode().get().toString())
                .containsExactly("7.01.01", "7.01.04");
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD", List.of(Klojen2021.KETENTRAMAN)))
                .isInstanceOf(SakipException.class).hasMessageContaining("must have a code (kode)");
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD", List.of(a, a)))
                .isInstanceOf(SakipException.class).hasMessageContaining("program 7.01.04 must not repeat");
    }

    @Test
    void nullAndBlankArgumentsAreRejected() {
        assertThatThrownBy(() -> RekapNomenklatur.susun(" ", List.of(), List.of()))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RekapNomenklatur.susun("PD", null, List.of()))
                .isInstanceOf(SakipException.class).hasMessage("RekapNomenklatur pagu must not be null");
    }

    @Test
    void flatRowsAndTheModelTreeGiveTheSameTotalsAtEveryCode() {
        qt().withExamples(80).forAll(PohonAcak.daftar()).checkAssert(daun -> {
            List<BarisAnggaran> pagu = new ArrayList<>();
            List<BarisAnggaran> realisasi = new ArrayList<>();
            for (PohonAcak.Daun d : daun) {
                pagu.add(BarisAnggaran.of(d.kode(), d.pagu()));
                realisasi.add(BarisAnggaran.of(d.kode(), d.realisasi()));
            }
            PosAnggaran dariBaris = RekapNomenklatur.susun("PD", pagu, realisasi);
            PosAnggaran dariModel = RekapNomenklatur.susun("PD", PohonAcak.program(daun));
            assertThat(PohonAcak.sen(dariBaris.getPagu())).isEqualTo(daun.stream()
                    .map(d -> BigInteger.valueOf(d.paguSen())).reduce(BigInteger.ZERO,
                            BigInteger::add));
            assertThat(dariModel.getPagu()).isEqualTo(dariBaris.getPagu());
            assertThat(dariModel.getRealisasi()).isEqualTo(dariBaris.getRealisasi());
            for (PosAnggaran p : dariBaris.getSemua()) {
                if (p.getKode().isPresent()) {
                    KodeNomenklatur kode = p.getKode().get();
                    assertThat(PohonAcak.sen(p.getPagu())).isEqualTo(PohonAcak.paguSen(daun, kode));
                    assertThat(PohonAcak.sen(p.getRealisasi())).isEqualTo(PohonAcak.realisasiSen(daun, kode));
                    PosAnggaran m = dariModel.cari(kode).get();
                    assertThat(m.getPagu()).isEqualTo(p.getPagu());
                    assertThat(m.getRealisasi()).isEqualTo(p.getRealisasi());
                }
            }
        });
    }
}
