package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN_KELURAHAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import org.junit.jupiter.api.Test;

class BesaranTest {

    @Test
    void theKindMustReferToWhatIsGiven() {
        assertThatThrownBy(() -> Besaran.sasaran(JenisBesaran.CAPAIAN, PELAYANAN)).isInstanceOf(SakipException.class)
                .hasMessage("Besaran.jenis CAPAIAN refers to INDIKATOR, not to SASARAN");
        assertThatThrownBy(() -> Besaran.laporan(JenisBesaran.PAGU)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Besaran.indikator(null, NILAI_SAKIP, TAHUN)).isInstanceOf(SakipException.class)
                .hasMessage("Besaran.jenis must not be null");
        assertThatThrownBy(() -> Besaran.program(JenisBesaran.PAGU, null)).isInstanceOf(SakipException.class)
                .hasMessage("Besaran.program must not be null");
    }

    @Test
    void theSameQuantityPrintedTwiceIsEqual() {
        // Tabel 3.1 and Tabel 3.4 both print the capaian of Nilai SAKIP OPD 2021
        assertThat(Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN))
                .isEqualTo(Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN))
                .isNotEqualTo(Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN));
        assertThat(Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN))
                .hasToString("CAPAIAN Nilai SAKIP OPD 2021");
        assertThat(Besaran.program(JenisBesaran.PAGU, PEMBERDAYAAN_KELURAHAN).getProgram())
                .contains(PEMBERDAYAAN_KELURAHAN);
        assertThat(Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, LINMAS)).hasToString(
                "CAPAIAN_PROGRAM Program Koordinasi Ketentraman Dan Ketertiban Umum / Rasio Linmas per RT");
        assertThat(Besaran.program(JenisBesaran.PAGU, PEMBERDAYAAN_KELURAHAN)).hasToString(
                "PAGU Program Pemberdayaan Masyarakat Desa Dan Kelurahan");
        assertThat(Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN)).hasToString(
                "EFISIENSI Meningkatnya kinerja pelayanan perangkat daerah");
        assertThat(Besaran.laporan(JenisBesaran.TOTAL_PAGU)).hasToString("TOTAL_PAGU");
    }

    @Test
    void everyKindSaysWhatItRefersToAndHowItIsChecked() {
        assertThat(JenisBesaran.REALISASI_ANGGARAN.getSifat()).isEqualTo(JenisBesaran.Sifat.DATA);
        assertThat(JenisBesaran.EFISIENSI.getRujukan()).isEqualTo(JenisBesaran.Rujukan.SASARAN);
        assertThat(JenisBesaran.JUMLAH_SASARAN_TERCAPAI.getSifat()).isEqualTo(JenisBesaran.Sifat.JUMLAH);
        for (JenisBesaran j : JenisBesaran.values()) {
            assertThat(j.getRujukan()).isNotNull();
            assertThat(j.getSifat()).isNotNull();
        }
    }
}
