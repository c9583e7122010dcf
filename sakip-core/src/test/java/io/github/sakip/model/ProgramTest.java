package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2021;
import static io.github.sakip.model.ModelSamples.Y2022;
import static io.github.sakip.model.ModelSamples.belanja;
import static io.github.sakip.model.ModelSamples.kegiatan;
import static io.github.sakip.model.ModelSamples.kode;
import static io.github.sakip.model.ModelSamples.pagu;
import static io.github.sakip.model.ModelSamples.subKegiatan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTest {
    private static final String NAMA = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota";

    /** Program 7.01.01 with two kegiatan and three sub kegiatan: pagu 100 + 200 + 300. */
    private static Program menurutKegiatan() {
        return Program.of(kode("7.01.01"), NAMA, List.of(
                kegiatan("7.01.01.2.01", subKegiatan("7.01.01.2.01.0001", 100L, 90L),
                        subKegiatan("7.01.01.2.01.0002", 200L, 200L)),
                kegiatan("7.01.01.2.02", subKegiatan("7.01.01.2.02.0001", 300L, 250L))));
    }

    @Test
    void anLkjipProgramHasItsOwnPaguAndRealisasi() {
        // Tabel 2.4 and Realisasi Anggaran 2021: 418.601.325 spent 395.246.192.
        Program p = Program.of("Program Koordinasi Ketentraman Dan Ketertiban Umum", pagu(418_601_325L))
                .withRealisasi(belanja(Y2021, 395_246_192L));
        assertThat(p.getTotalPagu()).isEqualTo(Rupiah.of(418_601_325L));
        assertThat(p.getTotalRealisasi()).contains(Rupiah.of(395_246_192L));
        assertThat(p.getTahun()).contains(Y2021);
        assertThat(p.getKode()).isEmpty();
        assertThat(p.getKegiatan()).isEmpty();
    }

    @Test
    void aProgramByKegiatanSumsItsSubKegiatan() {
        Program p = menurutKegiatan();
        assertThat(p.getPagu()).isEmpty();
        assertThat(p.getTotalPagu()).isEqualTo(Rupiah.of(600L));
        assertThat(p.getTotalRealisasi()).contains(Rupiah.of(540L));
        assertThat(p.getTahun()).contains(Y2021);
        assertThat(p.getSubKegiatan()).extracting(s -> s.getKode().toString())
                .containsExactly("7.01.01.2.01.0001", "7.01.01.2.01.0002", "7.01.01.2.02.0001");
    }

    @Test
    void theTotalRealisasiIsAbsentUntilEverySubKegiatanHasReported() {
        Program p = Program.of(kode("7.01.01"), NAMA, List.of(kegiatan("7.01.01.2.01",
                subKegiatan("7.01.01.2.01.0001", 100L, 90L), subKegiatan("7.01.01.2.01.0002", 200L))));
        assertThat(p.getTotalRealisasi()).isEmpty();
    }

    @Test
    void programRealisasiWithoutOwnPaguIsRejected() {
        assertThatThrownBy(() -> menurutKegiatan().withRealisasi(belanja(Y2021, 540L)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.realisasi of \"" + NAMA + "\" needs the program's own pagu;"
                        + " give spending per sub kegiatan instead");
    }

    @Test
    void programRealisasiOfAnotherYearThanThePaguIsRejected() {
        assertThatThrownBy(() -> Program.of(NAMA, pagu(100L)).withRealisasi(belanja(Y2022, 90L)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.realisasi of \"" + NAMA + "\" must be of the pagu's year 2021, was 2022");
    }

    @Test
    void aKegiatanCodedUnderAnotherProgramIsRejectedNamingBothCodes() {
        List<Kegiatan> lain = List.of(kegiatan("7.01.02.2.01", subKegiatan("7.01.02.2.01.0001", 1L)));
        assertThatThrownBy(() -> Program.of(kode("7.01.01"), NAMA, lain)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan 7.01.02.2.01 must be coded under the program's code 7.01.01");
        assertThatThrownBy(() -> menurutKegiatan().withKode(kode("7.01.02"))).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("must be coded under the program's code 7.01.02");
    }

    @Test
    void programPaguOtherThanTheSumOfItsSubKegiatanIsRejectedNamingBoth() {
        assertThatThrownBy(() -> menurutKegiatan().withPagu(pagu(599L))).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.pagu of \"" + NAMA + "\" must equal the sum of its sub kegiatan's pagu"
                        + " Rp 600.00, was Rp 599.00");
        assertThat(menurutKegiatan().withPagu(pagu(600L)).getTotalPagu()).isEqualTo(Rupiah.of(600L));
    }

    @Test
    void programRealisasiOtherThanTheSumOfItsReportedSubKegiatanIsRejected() {
        Program p = menurutKegiatan().withPagu(pagu(600L));
        assertThatThrownBy(() -> p.withRealisasi(belanja(Y2021, 541L))).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.realisasi of \"" + NAMA + "\" must equal the sum of its sub kegiatan's realisasi"
                        + " Rp 540.00, was Rp 541.00");
        assertThat(p.withRealisasi(belanja(Y2021, 540L)).getTotalRealisasi()).contains(Rupiah.of(540L));
    }

    @Test
    void programPaguOfAnotherYearThanItsSubKegiatanIsRejected() {
        assertThatThrownBy(() -> menurutKegiatan().withPagu(Pagu.of(Y2022, Rupiah.of(600L))))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan must all be of one year 2022, sub kegiatan 7.01.01.2.01.0001 is of 2021");
    }

    @Test
    void kegiatanOfDifferentYearsAreRejected() {
        SubKegiatan y2022 = SubKegiatan.of(kode("7.01.01.2.02.0001"), "b", Pagu.of(Y2022, Rupiah.of(1L)));
        List<Kegiatan> campur = List.of(kegiatan("7.01.01.2.01", subKegiatan("7.01.01.2.01.0001", 1L)),
                kegiatan("7.01.01.2.02", y2022));
        assertThatThrownBy(() -> Program.of(kode("7.01.01"), NAMA, campur)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan must all be of one year 2021, sub kegiatan 7.01.01.2.02.0001 is of 2022");
    }

    @Test
    void aRepeatedKegiatanCodeIsRejected() {
        List<Kegiatan> dua = List.of(kegiatan("7.01.01.2.01"), kegiatan("7.01.01.2.01"));
        assertThatThrownBy(() -> Program.of(kode("7.01.01"), NAMA, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan must not repeat code 7.01.01.2.01");
    }

    @Test
    void aProgramByKegiatanNeedsAtLeastOneKegiatan() {
        assertThatThrownBy(() -> Program.of(kode("7.01.01"), NAMA, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan must not be empty for program 7.01.01");
    }

    @Test
    void aCodeOfAnotherLevelIsRejected() {
        assertThatThrownBy(() -> Program.of(NAMA, pagu(1L)).withKode(kode("7.01")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kode must be a program code (3 segments), was 7.01");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        List<Kegiatan> satu = List.of(kegiatan("7.01.01.2.01"));
        ValueContract.assertNullRejected(() -> Program.of(null, pagu(1L)), "Program.nama");
        ValueContract.assertNullRejected(() -> Program.of(NAMA, null), "Program.pagu");
        ValueContract.assertNullRejected(() -> Program.of(null, NAMA, satu), "Program.kode");
        ValueContract.assertNullRejected(() -> Program.of(kode("7.01.01"), null, satu), "Program.nama");
        ValueContract.assertNullRejected(() -> Program.of(kode("7.01.01"), NAMA, null), "Program.kegiatan");
        ValueContract.assertNullRejected(() -> Program.of(kode("7.01.01"), NAMA, Arrays.asList((Kegiatan) null)),
                "Program.kegiatan");
        Program p = Program.of(NAMA, pagu(1L));
        ValueContract.assertNullRejected(() -> p.withKode(null), "Program.kode");
        ValueContract.assertNullRejected(() -> p.withPagu(null), "Program.pagu");
        ValueContract.assertNullRejected(() -> p.withRealisasi(null), "Program.realisasi");
    }
}
