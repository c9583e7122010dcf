package io.github.sakip.reviu;

import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLkjipTest {

    private static final Lokasi TABEL = Lokasi.of("Tabel 3.1", "baris", "kolom");

    @Test
    void klojenHoldsItsParts() {
        DataLkjip d = KlojenLkjip.data(List.of(), List.of());
        assertThat(d.getPerjanjianKinerja().getSasaran()).hasSize(3);
        assertThat(d.getIndikatorProgram()).hasSize(1);
        assertThat(d).hasToString("DataLkjip[Kecamatan Klojen 2021, 0 figures]");
    }

    @Test
    void theAgreementAndTheRenstraFitTheReportsYear() {
        assertThatThrownBy(() -> DataLkjip.of("Klojen", Tahun.of(2022), Klojen2021.renstra(),
                Klojen2021.perjanjianKinerja(), List.of(), List.of(), List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("perjanjianKinerja must be of the report's year 2022, was 2021");
        assertThatThrownBy(() -> DataLkjip.of(" ", TAHUN, Klojen2021.renstra(), Klojen2021.perjanjianKinerja(),
                List.of(), List.of(), List.of())).isInstanceOf(SakipException.class);
    }

    @Test
    void theYearBeforesPenyerapanIsOptionalAndNotNegative() {
        DataLkjip d = KlojenLkjip.tanpaPenyerapanSebelumnya(List.of(), List.of());
        assertThat(d.getPenyerapanSebelumnya()).isEmpty();
        assertThat(d.withPenyerapanSebelumnya(Persen.of(new BigDecimal("96.30"))).getPenyerapanSebelumnya())
                .contains(Persen.of(new BigDecimal("96.30")));
        assertThat(d.withPenyerapanSebelumnya(Persen.NOL).getPenyerapanSebelumnya()).contains(Persen.NOL);
        assertThatThrownBy(() -> d.withPenyerapanSebelumnya(Persen.of(new BigDecimal("-0.01"))))
                .isInstanceOf(SakipException.class)
                .hasMessageContaining("DataLkjip.penyerapanSebelumnya must be >= 0, was -0.01%");
        assertThatThrownBy(() -> d.withPenyerapanSebelumnya(null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("DataLkjip.penyerapanSebelumnya");
    }

    @Test
    void theRenstraAndTheProgramIndicatorsFitTheReport() {
        assertThatThrownBy(() -> DataLkjip.of("Klojen", TAHUN, Renstra.of(Periode.parse("2022-2026")),
                Klojen2021.perjanjianKinerja(), List.of(), List.of(), List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("renstra period 2022-2026 must hold the report's year 2021");
        Program lain = Program.of("Program Lain", Pagu.of(TAHUN, Rupiah.of(1)));
        IndikatorProgram diLuar = IndikatorProgram.of(lain, NILAI_SAKIP, Target.of(TAHUN, BigDecimal.ONE), null, null);
        assertThatThrownBy(() -> DataLkjip.of("Klojen", TAHUN, Klojen2021.renstra(), Klojen2021.perjanjianKinerja(),
                List.of(diLuar), List.of(), List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("refers to a program not in the Perjanjian Kinerja");
        IndikatorProgram tahunLalu = IndikatorProgram.of(Klojen2021.KETENTRAMAN, NILAI_SAKIP,
                Target.of(Tahun.of(2020), BigDecimal.ONE), null, null);
        assertThatThrownBy(() -> DataLkjip.of("Klojen", TAHUN, Klojen2021.renstra(), Klojen2021.perjanjianKinerja(),
                List.of(tahunLalu), List.of(), List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("must be of the report's year 2021, was 2020");
    }

    @Test
    void printedFiguresReferToTheData() {
        Indikator lain = Indikator.of("Lain", Satuan.PERSEN, Polaritas.POSITIF);
        assertThatThrownBy(() -> KlojenLkjip.data(List.of(AngkaDicetak.of(TABEL,
                Besaran.indikator(JenisBesaran.CAPAIAN, lain, TAHUN), BigDecimal.ONE, null)), List.of()))
                .isInstanceOf(SakipException.class).hasMessageContaining("indicator \"Lain\"");
        Program p = Program.of("Lain", Pagu.of(TAHUN, Rupiah.of(1)));
        assertThatThrownBy(() -> KlojenLkjip.data(List.of(AngkaDicetak.of(TABEL, Besaran.program(JenisBesaran.PAGU, p),
                BigDecimal.ONE, null)), List.of())).hasMessageContaining("program \"Lain\"");
        Sasaran s = Sasaran.of("Lain", List.of(NILAI_SAKIP));
        assertThatThrownBy(() -> KlojenLkjip.data(List.of(AngkaDicetak.of(TABEL,
                Besaran.sasaran(JenisBesaran.EFISIENSI, s), BigDecimal.ONE, null)), List.of()))
                .hasMessageContaining("sasaran \"Lain\"");
        IndikatorProgram ip = IndikatorProgram.of(Klojen2021.KETENTRAMAN, lain, Target.of(TAHUN, BigDecimal.ONE), null,
                null);
        assertThatThrownBy(() -> KlojenLkjip.data(List.of(AngkaDicetak.of(TABEL,
                Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, ip), BigDecimal.ONE, null)), List.of()))
                .hasMessageContaining("program indicator");
    }
}
