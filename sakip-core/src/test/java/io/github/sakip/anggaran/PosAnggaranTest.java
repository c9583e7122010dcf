package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.model.Kegiatan;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Program;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.SubKegiatan;
import io.github.sakip.model.Tahun;
import io.github.sakip.testing.Klojen2021;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosAnggaranTest {

    private static final Tahun TAHUN = Tahun.of(2021);

    private static SubKegiatan sub(String kode, long pagu) {
        return SubKegiatan.of(KodeNomenklatur.parse(kode), "Sub " + kode, Pagu.of(TAHUN, Rupiah.of(pagu)));
    }

    @Test
    void klojenSasaranThreeRollsUpProgramsCDAndE() {
        // Tabel 3.4: Rp 24.078.234.555 and Rp 21.547.462.883 (printed; both computed here)
        PosAnggaran sasaran = KlojenAnggaran.klojen().getRincian().get(2);
        assertThat(sasaran.getTingkat()).isEqualTo(TingkatPos.SASARAN);
        assertThat(sasaran.getUraian()).isEqualTo(Klojen2021.PELAYANAN.getNama());
        assertThat(sasaran.getRincian()).hasSize(3);
        assertThat(sasaran.getPagu()).isEqualTo(Rupiah.of(24_078_234_555L));
        assertThat(sasaran.getRealisasi()).isEqualTo(Rupiah.of(21_547_462_883L));
        assertThat(sasaran.getSisa()).isEqualTo(Rupiah.of(2_530_771_672L));
    }

    @Test
    void klojenAgencyTotalsAsPrinted() {
        // Bab III.B: "Rp. 37.354.300.278,00 dari total belanja Rp. 40.353.401.000,00"
        PosAnggaran klojen = KlojenAnggaran.klojen();
        assertThat(klojen.getTingkat()).isEqualTo(TingkatPos.PERANGKAT_DAERAH);
        assertThat(klojen.getPagu()).isEqualTo(Rupiah.of(40_353_401_000L));
        assertThat(klojen.getRealisasi()).isEqualTo(Rupiah.of(37_354_300_278L));
        assertThat(klojen.getPagu()).isEqualTo(Klojen2021.perjanjianKinerja().getTotalPagu());
        assertThat(klojen.getSemua()).hasSize(1 + 3 + 5);
    }

    @Test
    void onlyTheBudgetTablesIklpspRealisasiSumsToTheTotal() {
        // Tabel 3.4 prints 15.411.491.203 for program B, the budget table 15.411.591.203
        Rupiah others = Rupiah.total(List.of(Rupiah.of(395_246_192L), Rupiah.of(16_822_811_324L),
                Rupiah.of(4_679_836_059L), Rupiah.of(44_815_500L)));
        assertThat(others.plus(Rupiah.of(15_411_591_203L))).isEqualTo(Rupiah.of(37_354_300_278L));
        assertThat(others.plus(Rupiah.of(15_411_491_203L))).isNotEqualTo(Rupiah.of(37_354_300_278L));
    }

    @Test
    void programGivenBySubKegiatanRollsUpThroughKegiatan() {
        Kegiatan k1 = Kegiatan.of(KodeNomenklatur.parse("7.01.01.2.01"), "Perencanaan", List.of(
                sub("7.01.01.2.01.0001", 25_000_000L).withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(24_500_000L))),
                sub("7.01.01.2.01.0002", 10_000_000L).withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.NOL))));
        Kegiatan k2 = Kegiatan.of(KodeNomenklatur.parse("7.01.01.2.02"), "Keuangan", List.of(
                sub("7.01.01.2.02.0001", 5_000_000L).withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(5_000_000L)))));
        PosAnggaran p = PosAnggaran.of(Program.of(KodeNomenklatur.parse("7.01.01"), "Program Penunjang", List.of(k1, k2)));
        assertThat(p.getPagu()).isEqualTo(Rupiah.of(40_000_000L));
        assertThat(p.getRealisasi()).isEqualTo(Rupiah.of(29_500_000L));
        assertThat(p.getKode()).contains(KodeNomenklatur.parse("7.01.01"));
        assertThat(p.cari(KodeNomenklatur.parse("7.01.01.2.01")).get().getPagu()).isEqualTo(Rupiah.of(35_000_000L));
        assertThat(p.cari(KodeNomenklatur.parse("7.01.01.2.01.0002")).get().getTingkat())
                .isEqualTo(TingkatPos.SUB_KEGIATAN);
        assertThat(p.cari(KodeNomenklatur.parse("7.01.02"))).isEmpty();
        assertThat(p.toString()).contains("PROGRAM 7.01.01 Program Penunjang", "2 rincian");
    }

    @Test
    void missingRealisasiIsAnErrorNamingThePartNeverZero() {
        Kegiatan k = Kegiatan.of(KodeNomenklatur.parse("7.01.01.2.01"), "Perencanaan",
                List.of(sub("7.01.01.2.01.0001", 25_000_000L)));
        assertThatThrownBy(() -> PosAnggaran.of(k)).isInstanceOf(SakipException.class)
                .hasMessageContaining("sub kegiatan 7.01.01.2.01.0001").hasMessageContaining("not reported");
        Program p = Program.of("Program tanpa realisasi", Pagu.of(TAHUN, Rupiah.of(1L)));
        assertThatThrownBy(() -> PosAnggaran.of(p)).isInstanceOf(SakipException.class)
                .hasMessageContaining("program \"Program tanpa realisasi\"");
    }

    @Test
    void ownGroupingsSumTheirParts() {
        PosAnggaran a = PosAnggaran.of(TingkatPos.PROGRAM, "A", Rupiah.of(100L), Rupiah.of(90L));
        PosAnggaran b = PosAnggaran.of(TingkatPos.PROGRAM, "B", Rupiah.of(50L), Rupiah.of(60L));
        PosAnggaran s = PosAnggaran.gabungan(TingkatPos.SASARAN, "S", List.of(a, b));
        assertThat(s.getPagu()).isEqualTo(Rupiah.of(150L));
        assertThat(s.getRealisasi()).isEqualTo(Rupiah.of(150L));
        assertThat(b.getSisa()).isEqualTo(Rupiah.of(-10L));
        assertThat(PosAnggaran.gabungan(TingkatPos.SASARAN, "Kosong", List.of()).getPagu()).isEqualTo(Rupiah.NOL);
    }

    @Test
    void invariantsAreChecked() {
        PosAnggaran a = PosAnggaran.of(TingkatPos.PROGRAM, "A", Rupiah.of(100L), Rupiah.of(90L));
        assertThatThrownBy(() -> PosAnggaran.gabungan(TingkatPos.PROGRAM, "P", List.of(a)))
                .isInstanceOf(SakipException.class).hasMessageContaining("must have parts of lower levels");
        assertThatThrownBy(() -> PosAnggaran.of(TingkatPos.PROGRAM, "A", Rupiah.of(-1L), Rupiah.NOL))
                .isInstanceOf(SakipException.class).hasMessageContaining("pagu of \"A\" must be >= 0");
        assertThatThrownBy(() -> PosAnggaran.of(TingkatPos.PROGRAM, " ", Rupiah.NOL, Rupiah.NOL))
                .isInstanceOf(SakipException.class).hasMessageContaining("PosAnggaran.nama must not be blank");
        assertThatThrownBy(() -> PosAnggaran.of((Program) null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> PosAnggaran.gabungan(TingkatPos.SASARAN, "S", null))
                .isInstanceOf(SakipException.class).hasMessage("PosAnggaran.rincian must not be null");
    }

    @Test
    void everyNodeOfARandomTreeIsTheExactSumOfItsParts() {
        qt().withExamples(100).forAll(PohonAcak.daftar()).checkAssert(daun -> {
            for (Program program : PohonAcak.program(daun)) {
                PosAnggaran pos = PosAnggaran.of(program);
                KodeNomenklatur kode = program.getKode().get();
                assertThat(PohonAcak.sen(pos.getPagu())).isEqualTo(PohonAcak.paguSen(daun, kode));
                assertThat(PohonAcak.sen(pos.getRealisasi())).isEqualTo(PohonAcak.realisasiSen(daun, kode));
                assertThat(pos.getPagu()).isEqualTo(program.getTotalPagu());
                for (PosAnggaran p : pos.getSemua()) {
                    if (!p.getRincian().isEmpty()) {
                        assertThat(p.getRincian().stream().map(x -> PohonAcak.sen(x.getPagu()))
                                .reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(PohonAcak.sen(p.getPagu()));
                        assertThat(p.getRincian().stream().map(x -> PohonAcak.sen(x.getRealisasi()))
                                .reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(PohonAcak.sen(p.getRealisasi()));
                    }
                }
            }
        });
    }
}
