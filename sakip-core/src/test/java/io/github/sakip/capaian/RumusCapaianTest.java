package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.AturanCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Triwulan;
import io.github.sakip.model.VarianNegatif;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RumusCapaianTest {

    private static final Tahun Y2021 = Tahun.of(2021);
    private static final Pembulatan DOWN = Pembulatan.of(2, RoundingMode.DOWN);
    private static final RumusCapaian STANDAR = RumusCapaian.standar();
    private static final Indikator POSITIF = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
    private static final Indikator NEGATIF = Indikator.of("Lama penyelesaian", Satuan.of("bulan"), Polaritas.NEGATIF);
    private static final Indikator STABIL = Indikator.of("Inflasi", Satuan.PERSEN, Polaritas.STABIL);

    private static Capaian hitung(RumusCapaian rumus, Indikator indikator, String target, String realisasi) {
        return rumus.hitung(indikator, Target.of(Y2021, new BigDecimal(target)),
                Realisasi.of(Y2021, new BigDecimal(realisasi)));
    }

    private static Capaian rentang(RumusCapaian rumus, Indikator indikator, String bawah, String atas, String r) {
        return rumus.hitung(indikator, Target.rentang(Y2021, new BigDecimal(bawah), new BigDecimal(atas)),
                Realisasi.of(Y2021, new BigDecimal(r)));
    }

    @ParameterizedTest(name = "{0}: {2} / {1} -> HALF_UP {3}, DOWN {4}, printed {5}")
    @CsvSource(delimiter = ';', value = {
            // Klojen LKjIP 2021, Tabel 3.1 (indicator; target; realisasi; HALF_UP; DOWN; printed)
            "Nilai SAKIP OPD; 80.01; 87.80; 109.74; 109.73; 109.74",
            "IPMas Kecamatan; 86.80; 80.98; 93.29; 93.29; 93.29",
            "Indeks Kepuasan Layanan Prasarana Sarana Publik; 3.13; 4.40; 140.58; 140.57; 140.57",
            // Klojen LKjIP 2021, Tabel 3.4 Keberhasilan/Kegagalan, column 8
            "Rasio Linmas per RT; 0.65; 0.87; 133.85; 133.84; 133.7",
            "Persentase gangguan trantibum yang dapat diselesaikan; 94; 100; 106.38; 106.38; 106.38",
            "Prosentase pelaksanaan peningkatan sarpras kewilayahan; 28; 38.91; 138.96; 138.96; 138.96",
            "Prosentase usulan masyarakat untuk sarpras yang diakomodir; 33; 57.32; 173.70; 173.69; 173.69",
            "IKM Perangkat Daerah; 80.20; 85.48; 106.58; 106.58; 106.58",
            "Cakupan urusan pemerintahan umum melalui Forkopimcam; 92; 100; 108.70; 108.69; 108.69"})
    void klojenPositifCapaianUnderBothRoundingModes(String nama, String target, String realisasi, String halfUp,
            String down, String printed) {
        Indikator indikator = Indikator.of(nama, Satuan.INDEKS, Polaritas.POSITIF);
        Capaian c = hitung(STANDAR, indikator, target, realisasi);
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo(halfUp);
        assertThat(hitung(STANDAR.withPembulatan(DOWN), indikator, target, realisasi).getPersen().getNilai())
                .isEqualByComparingTo(down);
        assertThat(c.getPersen(DOWN).getNilai()).isEqualByComparingTo(down);
        BigDecimal dicetak = new BigDecimal(printed);
        boolean reproduced = dicetak.compareTo(new BigDecimal(halfUp)) == 0 || dicetak.compareTo(new BigDecimal(down)) == 0;
        // only the Linmas ratio is misprinted: 133,7 matches neither mode (one decimal would be 133,8)
        assertThat(reproduced).isEqualTo(!nama.startsWith("Rasio Linmas"));
    }

    @Test
    void klojenPrintedFiguresFollowHalfUpForSakipAndDownForSarpras() {
        // Tabel 3.1 prints 109,74 (HALF_UP; DOWN gives 109,73) and 140,57 (DOWN; HALF_UP gives 140,58)
        assertThat(hitung(STANDAR, POSITIF, "80.01", "87.80").getPersen(DOWN).getNilai())
                .isEqualByComparingTo("109.73");
        assertThat(hitung(STANDAR, POSITIF, "3.13", "4.40").getPersen().getNilai()).isEqualByComparingTo("140.58");
    }

    @Test
    void positifIsRealisasiOverTargetWithItsWorking() {
        Capaian c = hitung(STANDAR, POSITIF, "80.01", "87.80");
        assertThat(c.getPembilang()).isEqualByComparingTo("8780");
        assertThat(c.getPenyebut()).isEqualByComparingTo("80.01");
        assertThat(c.getKeterangan()).isEqualTo("87.80 / 80.01 x 100");
        assertThat(c.getPersen().getNilai()).isEqualTo(new BigDecimal("109.74"));
        assertThat(c.getRumus()).isSameAs(STANDAR);
        assertThat(c.isTercapai()).isTrue();
    }

    @Test
    void negatifRealisasiBelowTargetIsAbove100() {
        // PermenPANRB 8/2021 Bab VI, target 7-8 months: realisasi 6,5 uses the lower bound 7
        Capaian c = rentang(STANDAR, NEGATIF, "7", "8", "6.5");
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("107.14");
        assertThat(c.getKeterangan()).isEqualTo("(2 x 7 - 6.5) / 7 x 100");
        assertThat(hitung(STANDAR, NEGATIF, "8", "6.5").getPersen().getNilai()).isEqualByComparingTo("118.75");
    }

    @Test
    void negatifRealisasiAboveTargetIsBelow100() {
        // PermenPANRB 8/2021 Bab VI, target 7-8 months: realisasi 9 uses the upper bound 8 -> 87,5 %
        assertThat(rentang(STANDAR, NEGATIF, "7", "8", "9").getPersen().getNilai()).isEqualByComparingTo("87.50");
        assertThat(hitung(STANDAR, NEGATIF, "8", "9").getPersen().getNilai()).isEqualByComparingTo("87.50");
    }

    @Test
    void negatifRasioVariantIsTargetOverRealisasi() {
        RumusCapaian rasio = STANDAR.withVarianNegatif(VarianNegatif.RASIO);
        Capaian c = hitung(rasio, NEGATIF, "8", "9");
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("88.89");
        assertThat(c.getKeterangan()).isEqualTo("8 / 9 x 100");
        assertThat(hitung(rasio, NEGATIF, "8", "6.5").getPersen().getNilai()).isEqualByComparingTo("123.08");
        assertThat(rasio.getVarianNegatif()).isEqualTo(VarianNegatif.RASIO);
        assertThat(STANDAR.getVarianNegatif()).isEqualTo(VarianNegatif.PERMENPANRB);
    }

    @Test
    void positifRangeUsesTheNearerBoundOutsideAndIs100Inside() {
        // PermenPANRB 8/2021 Bab VI, target 80-90 %: realisasi 70 -> 70 / 80 = 87,5 % (as printed)
        assertThat(rentang(STANDAR, POSITIF, "80", "90", "70").getPersen().getNilai()).isEqualByComparingTo("87.50");
        // realisasi 92 -> 92 / 90 = 102,22 %; the regulation prints "113 %", a miscalculation
        Capaian above = rentang(STANDAR, POSITIF, "80", "90", "92");
        assertThat(above.getPersen().getNilai()).isEqualByComparingTo("102.22");
        assertThat(above.getPersen().getNilai()).isNotEqualByComparingTo("113");
        // inside the range: 100 (inferred, the source is silent), bounds included
        for (String r : new String[] {"80", "85.5", "90"}) {
            Capaian inside = rentang(STANDAR, POSITIF, "80", "90", r);
            assertThat(inside.getPersen().getNilai()).isEqualByComparingTo("100");
            assertThat(inside.getKeterangan()).contains("within target range 80-90");
        }
    }

    @Test
    void negatifAndStabilRangesAre100Inside() {
        assertThat(rentang(STANDAR, NEGATIF, "7", "8", "7.5").getPersen().getNilai()).isEqualByComparingTo("100");
        assertThat(rentang(STANDAR, STABIL, "2", "4", "3").getPersen().getNilai()).isEqualByComparingTo("100");
        // STABIL outside the range uses the nearer bound: |5 - 4| / 4 -> 75
        assertThat(rentang(STANDAR, STABIL, "2", "4", "5").getPersen().getNilai()).isEqualByComparingTo("75.00");
    }

    @Test
    void stabilFallsOffEquallyOnBothSides() {
        assertThat(hitung(STANDAR, STABIL, "3", "3.3").getPersen().getNilai()).isEqualByComparingTo("90");
        assertThat(hitung(STANDAR, STABIL, "3", "2.7").getPersen().getNilai()).isEqualByComparingTo("90");
        assertThat(hitung(STANDAR, STABIL, "3", "3").getPersen().getNilai()).isEqualByComparingTo("100");
        assertThat(hitung(STANDAR, STABIL, "3", "3.3").getKeterangan()).isEqualTo("(3 - |3.3 - 3|) / 3 x 100");
        assertThat(hitung(STANDAR, STABIL, "3", "3.3").isTercapai()).isFalse();
    }

    @Test
    void positifTargetZeroIsUndefined() {
        assertThatThrownBy(() -> hitung(STANDAR, POSITIF, "0", "5")).isInstanceOf(SakipException.class)
                .hasMessage("Target.nilai must be > 0 for Polaritas.POSITIF, was 0 (realisasi 5)");
        assertThatThrownBy(() -> hitung(STANDAR, POSITIF, "0", "0")).isInstanceOf(SakipException.class)
                .hasMessageStartingWith("Target.nilai must be > 0 for Polaritas.POSITIF");
        assertThatThrownBy(() -> hitung(STANDAR, POSITIF, "-2", "1")).isInstanceOf(SakipException.class)
                .hasMessageStartingWith("Target.nilai must be > 0 for Polaritas.POSITIF, was -2");
    }

    @Test
    void negatifAndStabilZeroRealisasiAgainstZeroTargetIs100() {
        for (RumusCapaian rumus : new RumusCapaian[] {STANDAR, STANDAR.withVarianNegatif(VarianNegatif.RASIO)}) {
            Capaian c = hitung(rumus, NEGATIF, "0", "0");
            assertThat(c.getPersen().getNilai()).isEqualByComparingTo("100");
            assertThat(c.isTercapai()).isTrue();
            assertThat(c.getKeterangan()).isEqualTo("realisasi 0 meets target 0: 100");
        }
        assertThat(hitung(STANDAR, STABIL, "0", "0").getPersen().getNilai()).isEqualByComparingTo("100");
    }

    @Test
    void negatifZeroTargetWithRealisasiIsUndefined() {
        assertThatThrownBy(() -> hitung(STANDAR, NEGATIF, "0", "3")).isInstanceOf(SakipException.class)
                .hasMessage("Target.nilai must be > 0 for Polaritas.NEGATIF, was 0 (realisasi 3)");
        assertThatThrownBy(() -> hitung(STANDAR, STABIL, "0", "0.5")).isInstanceOf(SakipException.class)
                .hasMessage("Target.nilai must be > 0 for Polaritas.STABIL, was 0 (realisasi 0.5)");
    }

    @Test
    void rasioRealisasiZeroIsUndefined() {
        RumusCapaian rasio = STANDAR.withVarianNegatif(VarianNegatif.RASIO);
        assertThatThrownBy(() -> hitung(rasio, NEGATIF, "5", "0")).isInstanceOf(SakipException.class)
                .hasMessage("Realisasi.nilai must be > 0 for VarianNegatif.RASIO (T / R), was 0");
        assertThatThrownBy(() -> hitung(rasio, NEGATIF, "5", "-1")).isInstanceOf(SakipException.class)
                .hasMessageContaining("was -1");
        // the PermenPANRB formula is defined there: (2 x 5 - 0) / 5 = 200
        assertThat(hitung(STANDAR, NEGATIF, "5", "0").getPersen().getNilai()).isEqualByComparingTo("200");
    }

    @Test
    void rangeBoundUsedMustBePositiveAndIsNamed() {
        assertThatThrownBy(() -> rentang(STANDAR, POSITIF, "0", "10", "-1")).isInstanceOf(SakipException.class)
                .hasMessage("Target.bawah must be > 0 for Polaritas.POSITIF, was 0 (realisasi -1)");
        // realisasi inside [0, 10] needs no division
        assertThat(rentang(STANDAR, POSITIF, "0", "10", "0").getPersen().getNilai()).isEqualByComparingTo("100");
    }

    @Test
    void negatifBeyondTwiceTheTargetIsReportedNegativeByDefault() {
        Capaian c = hitung(STANDAR, NEGATIF, "8", "20");
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("-50");
        assertThat(hitung(STANDAR, NEGATIF, "8", "16").getPersen().getNilai()).isEqualByComparingTo("0");
        assertThat(STANDAR.getBatasBawah()).isEqualTo(BatasBawahCapaian.TANPA);
    }

    @Test
    void batasBawahNolFloorsAtZeroButKeepsTheWorking() {
        RumusCapaian floor = STANDAR.withBatasBawah(BatasBawahCapaian.NOL);
        Capaian c = hitung(floor, NEGATIF, "8", "20");
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("0");
        assertThat(c.getPersen()).hasToString("0.00%");
        assertThat(c.getPembilang()).isEqualByComparingTo("-400");
        assertThat(c.isTercapai()).isFalse();
        // a positive capaian is untouched
        assertThat(hitung(floor, NEGATIF, "8", "9").getPersen().getNilai()).isEqualByComparingTo("87.50");
        // POSITIF with a negative realisasi (a growth rate): -1 / 5 -> -20, floored to 0
        assertThat(hitung(STANDAR, POSITIF, "5", "-1").getPersen().getNilai()).isEqualByComparingTo("-20");
        assertThat(hitung(floor, POSITIF, "5", "-1").getPersen().getNilai()).isEqualByComparingTo("0");
    }

    @Test
    void missingRealisasiGivesNoCapaian() {
        Target t = Target.of(Y2021, new BigDecimal("86.80"));
        assertThat(STANDAR.hitung(POSITIF, t, Optional.empty())).isEmpty();
        assertThat(STANDAR.hitung(POSITIF, t, Optional.of(Realisasi.of(Y2021, new BigDecimal("80.98")))))
                .get().extracting(c -> c.getPersen().getNilai()).isEqualTo(new BigDecimal("93.29"));
    }

    @Test
    void quarterlyCapaianIsAgainstTheSameQuarter() {
        Triwulan tw2 = Triwulan.of(Y2021, 2);
        Capaian c = STANDAR.hitung(POSITIF, Target.of(tw2, new BigDecimal("50")), Realisasi.of(tw2, new BigDecimal("45")));
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("90");
        assertThat(c).hasToString("Capaian[Nilai SAKIP OPD, 2021-TW2: 45 / 50 x 100 = 90.00%]");
    }

    @Test
    void periodsMustMatch() {
        Triwulan tw2 = Triwulan.of(Y2021, 2);
        Triwulan tw3 = Triwulan.of(Y2021, 3);
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, Target.of(tw2, BigDecimal.TEN), Realisasi.of(tw3, BigDecimal.TEN)))
                .isInstanceOf(SakipException.class)
                .hasMessage("Realisasi.triwulan must be that of Target[2021-TW2: 10], was 2021-TW3");
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, Target.of(Y2021, BigDecimal.TEN), Realisasi.of(tw3, BigDecimal.TEN)))
                .isInstanceOf(SakipException.class).hasMessageContaining("RealisasiTahunan.gabung");
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, Target.of(Y2021, BigDecimal.TEN),
                Realisasi.of(Tahun.of(2022), BigDecimal.TEN))).isInstanceOf(SakipException.class)
                .hasMessage("Realisasi.tahun must be Target.tahun 2021, was 2022");
    }

    @Test
    void nullsAreRejectedWithTheFieldName() {
        Target t = Target.of(Y2021, BigDecimal.TEN);
        Realisasi r = Realisasi.of(Y2021, BigDecimal.TEN);
        assertThatThrownBy(() -> STANDAR.hitung(null, t, r)).isInstanceOf(SakipException.class)
                .hasMessage("RumusCapaian indikator must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, null, r)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, t, (Realisasi) null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> STANDAR.hitung(POSITIF, t, (Optional<Realisasi>) null))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> STANDAR.withPembulatan(null)).isInstanceOf(SakipException.class)
                .hasMessage("RumusCapaian.pembulatan must not be null");
        assertThatThrownBy(() -> STANDAR.withVarianNegatif(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> STANDAR.withBatasBawah(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> STANDAR.withPembulatan(2, null)).isInstanceOf(SakipException.class);
    }

    @Test
    void policiesAreValuesWithDefaults() {
        assertThat(STANDAR.getPembulatan()).isEqualTo(Pembulatan.STANDAR);
        RumusCapaian down = STANDAR.withPembulatan(2, RoundingMode.DOWN);
        assertThat(down).isEqualTo(STANDAR.withPembulatan(DOWN)).hasSameHashCodeAs(STANDAR.withPembulatan(DOWN))
                .isNotEqualTo(STANDAR).isNotEqualTo("x");
        assertThat(STANDAR.withBatasBawah(BatasBawahCapaian.NOL)).isNotEqualTo(STANDAR);
        assertThat(STANDAR.withVarianNegatif(VarianNegatif.RASIO)).isNotEqualTo(STANDAR);
        assertThat(STANDAR).hasToString("RumusCapaian[Pembulatan[2, HALF_UP], PERMENPANRB, batasBawah TANPA]");
    }

    @Test
    void indicatorsOwnFormulaOverridesTheCalculatorsForThatIndicatorOnly() {
        // PermenPANRB 8/2021 Bab VI source example: target 8 months, realisasi 9 months
        Indikator rasio = NEGATIF.withAturan(AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO));
        Capaian own = hitung(STANDAR, rasio, "8", "9");
        assertThat(own.getPersen().getNilai()).isEqualByComparingTo("88.89");
        assertThat(own.getKeterangan()).isEqualTo("8 / 9 x 100");
        assertThat(hitung(STANDAR, NEGATIF, "8", "9").getPersen().getNilai()).isEqualByComparingTo("87.50");
        Indikator permenpanrb = NEGATIF.withAturan(AturanCapaian.IKUT_RUMUS
                .withVarianNegatif(VarianNegatif.PERMENPANRB));
        RumusCapaian rumusRasio = STANDAR.withVarianNegatif(VarianNegatif.RASIO);
        assertThat(hitung(rumusRasio, permenpanrb, "8", "9").getPersen().getNilai()).isEqualByComparingTo("87.50");
        assertThat(hitung(rumusRasio, permenpanrb, "8", "9").getKeterangan()).isEqualTo("(2 x 8 - 9) / 8 x 100");
        assertThat(rumusRasio.getVarianNegatif(permenpanrb)).isEqualTo(VarianNegatif.PERMENPANRB);
        assertThat(rumusRasio.getVarianNegatif(NEGATIF)).isEqualTo(VarianNegatif.RASIO);
        assertThatThrownBy(() -> hitung(STANDAR, rasio, "8", "0")).isInstanceOf(SakipException.class)
                .hasMessage("Realisasi.nilai must be > 0 for VarianNegatif.RASIO (T / R), was 0");
    }

    @Test
    void indicatorsCapLimitsThePrintedCapaianButNotTercapai() {
        Indikator capped = POSITIF.withAturan(AturanCapaian.IKUT_RUMUS.withBatasAtas(Persen.of(new BigDecimal("120"))));
        // Klojen LKjIP 2021, Tabel 3.4: 57,32 / 33 = 173,70 %, capped at 120
        Capaian c = hitung(STANDAR, capped, "33", "57.32");
        assertThat(c.getPersen()).isEqualTo(Persen.of(new BigDecimal("120.00")));
        assertThat(c.getPersen(DOWN)).isEqualTo(Persen.of(new BigDecimal("120.00")));
        assertThat(c.isTercapai()).isTrue();
        assertThat(c.getKeterangan()).isEqualTo("57.32 / 33 x 100");
        // below the cap nothing changes: 87,80 / 80,01
        assertThat(hitung(STANDAR, capped, "80.01", "87.80").getPersen().getNilai()).isEqualByComparingTo("109.74");
        // the cap enters averages of the exact values too
        RekapCapaian rekap = RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK).rekap("R", java.util.List.of(c));
        assertThat(rekap.getRataRata()).contains(Persen.of(new BigDecimal("120.00")));
        assertThat(RataRataCapaian.standar().rekap("R", java.util.List.of(c)).getRataRata())
                .contains(Persen.of(new BigDecimal("120.00")));
    }
}
