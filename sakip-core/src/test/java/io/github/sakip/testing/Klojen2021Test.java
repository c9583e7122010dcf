package io.github.sakip.testing;

import static io.github.sakip.testing.Klojen2021.IKM;
import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Klojen LKjIP 2021 built with the public API: the Perjanjian Kinerja of Tabel 2.4 and the
 * Renstra 2018-2023 of Tabel 2.3 and 3.2, checked against the figures the report prints.
 */
class Klojen2021Test {
    private static final PerjanjianKinerja PK = Klojen2021.perjanjianKinerja();
    private static final Renstra RENSTRA = Klojen2021.renstra();

    private static Rupiah rupiah(String amount) {
        return Rupiah.of(new BigDecimal(amount));
    }

    private static Rupiah paguOf(KomitmenSasaran k) {
        return Rupiah.total(k.getProgram().stream().map(Program::getTotalPagu).toList());
    }

    private static Rupiah realisasiOf(List<Program> program) {
        return Rupiah.total(program.stream().map(p -> p.getTotalRealisasi().orElseThrow()).toList());
    }

    private static BigDecimal nilaiOf(Optional<Target> target) {
        return target.orElseThrow().getNilai();
    }

    @Test
    void totalPaguIsExactlyTheTotalAnggaran2021OfTabel24() {
        assertThat(PK.getTotalPagu()).isEqualTo(rupiah("40353401000.00")).hasToString("Rp 40353401000.00");
    }

    @Test
    void eachSasaransProgramsAddUpToItsPaguInTabel34() {
        assertThat(PK.getKomitmen()).extracting(Klojen2021Test::paguOf).containsExactly(
                rupiah("24078234555.00"), rupiah("418601325.00"), rupiah("15856565120.00"));
        assertThat(PK.getKomitmen().get(0).getSasaran().getNama())
                .isEqualTo("Meningkatnya kinerja pelayanan perangkat daerah");
    }

    @Test
    void theAgreementHasThreeSasaranThreeIndicatorsAndFivePrograms() {
        assertThat(PK.getTahun()).isEqualTo(Tahun.of(2021));
        assertThat(PK.getSasaran()).containsExactly(Klojen2021.PELAYANAN, Klojen2021.PEMBERDAYAAN,
                Klojen2021.PEMERATAAN);
        assertThat(PK.getIndikator()).containsExactly(NILAI_SAKIP, IPMAS, KEPUASAN_PRASARANA);
        assertThat(PK.getProgram()).hasSize(5).extracting(Program::getNama).containsExactly(
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
                "Program Penyelenggaraan Urusan Pemerintahan Umum",
                "Program Koordinasi Ketentraman Dan Ketertiban Umum",
                "Program Pemberdayaan Masyarakat Desa Dan Kelurahan");
    }

    @Test
    void eachIndicatorHasItsTabel24Target() {
        assertThat(nilaiOf(PK.getTarget(NILAI_SAKIP))).isEqualTo(new BigDecimal("80.01"));
        assertThat(nilaiOf(PK.getTarget(IPMAS))).isEqualTo(new BigDecimal("86.80"));
        assertThat(nilaiOf(PK.getTarget(KEPUASAN_PRASARANA))).isEqualTo(new BigDecimal("3.13"));
        assertThat(PK.getTarget(NILAI_SAKIP).orElseThrow().getTahun()).isEqualTo(Tahun.of(2021));
        // The IKM measures the tujuan (Tabel 2.1), not a sasaran of the agreement.
        assertThat(PK.getTarget(IKM)).isEmpty();
    }

    @Test
    void programSpendingAddsUpToTheReportedTotalBelanja() {
        // Bab III B: "Rp. 37.354.300.278,00 dari total belanja Rp. 40.353.401.000,00".
        assertThat(realisasiOf(PK.getProgram())).isEqualTo(rupiah("37354300278.00"));
        // Tabel 3.4 (efisiensi): the three programs of the first sasaran spent 21.547.462.883.
        assertThat(realisasiOf(PK.getKomitmen().get(0).getProgram())).isEqualTo(rupiah("21547462883.00"));
    }

    @Test
    void theRenstraEndTargetForNilaiSakipIs8002() {
        assertThat(RENSTRA.getPeriode()).hasToString("2018-2023");
        assertThat(RENSTRA.getTargetAkhir(NILAI_SAKIP))
                .contains(Target.of(Tahun.of(2023), new BigDecimal("80.02")));
        assertThat(RENSTRA.getTarget().get(NILAI_SAKIP)).extracting(Target::getNilai).containsExactly(
                new BigDecimal("80.00"), new BigDecimal("80.00"), new BigDecimal("80.01"), new BigDecimal("80.01"),
                new BigDecimal("80.02"));
        assertThat(RENSTRA.getTarget(NILAI_SAKIP, Tahun.of(2018))).isEmpty();
    }

    @Test
    void theRenstraKeepsNilaiSakipRealisasiFrom2018To2021() {
        assertThat(RENSTRA.getRealisasi().get(NILAI_SAKIP)).extracting(Realisasi::getNilai).containsExactly(
                new BigDecimal("75.74"), new BigDecimal("76.26"), new BigDecimal("76.57"), new BigDecimal("87.80"));
        assertThat(RENSTRA.getRealisasi(NILAI_SAKIP, Tahun.of(2021)))
                .contains(Realisasi.of(Tahun.of(2021), new BigDecimal("87.80")));
        assertThat(RENSTRA.getRealisasi(NILAI_SAKIP, Tahun.of(2022))).isEmpty();
    }

    @Test
    void aRealisasiPrintedNaIsAbsentNotZero() {
        // Tabel 3.2: IPMas 2018 is "NA".
        assertThat(RENSTRA.getRealisasi(IPMAS, Tahun.of(2018))).isEmpty();
        assertThat(RENSTRA.getRealisasi(IPMAS, Tahun.of(2019)))
                .contains(Realisasi.of(Tahun.of(2019), new BigDecimal("67.8")));
        assertThat(RENSTRA.getTargetAkhir(IPMAS)).contains(Target.of(Tahun.of(2023), new BigDecimal("90.00")));
        assertThat(RENSTRA.getIndikator()).containsExactly(NILAI_SAKIP, IPMAS, KEPUASAN_PRASARANA);
    }

    @Test
    void theRenstraBefore2021WasMeasuredHasTheSameTargetsAndNo2021Realisasi() {
        Renstra sampai2020 = Klojen2021.renstraSampai(Tahun.of(2020));
        assertThat(sampai2020.getTarget()).isEqualTo(RENSTRA.getTarget());
        assertThat(sampai2020.getRealisasi(NILAI_SAKIP, Tahun.of(2020)))
                .contains(Realisasi.of(Tahun.of(2020), new BigDecimal("76.57")));
        assertThat(sampai2020.getRealisasi().get(NILAI_SAKIP)).hasSize(3);
        assertThat(sampai2020.getRealisasi().get(IPMAS)).hasSize(2);
        assertThat(sampai2020.getRealisasi(KEPUASAN_PRASARANA, Tahun.of(2021))).isEmpty();
        assertThat(RENSTRA.getRealisasi(KEPUASAN_PRASARANA, Tahun.of(2021)))
                .contains(Realisasi.of(Tahun.of(2021), new BigDecimal("4.40")));
    }
}
