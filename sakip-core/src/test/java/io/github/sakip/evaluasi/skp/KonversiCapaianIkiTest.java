package io.github.sakip.evaluasi.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class KonversiCapaianIkiTest {
    private static final KonversiCapaianIki K = KonversiCapaianIki.standar();

    private static NilaiCapaianIki k(String capaian) {
        return K.konversi(Persen.of(new BigDecimal(capaian)));
    }

    @Test
    void workedExamplesOfTheRegulation() {
        // PermenPANRB 8/2021 annex (docs/aturan.md, "SKP"): capaian 100 % -> baik, nilai 109
        assertThat(k("100").getKategori().getLabel()).isEqualTo("Baik");
        assertThat(k("100").getNilai()).isEqualByComparingTo("109");
        // capaian 98 % (target 95, realisasi 93) -> cukup, nilai 88 = 70 + 19/19 x 18
        assertThat(k("98").getKategori().getLabel()).isEqualTo("Cukup");
        assertThat(k("98").getNilaiEksak()).isEqualTo(Pecahan.of(88, 1));
    }

    @Test
    void theAnnexConvertsTheCapaianAsPrintedInWholePercent() {
        // 93 / 95 x 100 = 97,89...; the annex converts the printed 98 (nilai 88), the exact capaian gives 87,89
        Persen exact = Persen.of(Pembulatan.of(10, RoundingMode.HALF_UP).bagi(new BigDecimal("9300"),
                new BigDecimal("95")));
        assertThat(K.konversi(exact).getNilai()).isEqualByComparingTo("87.89");
        assertThat(K.konversi(exact.withPembulatan(Pembulatan.of(0, RoundingMode.HALF_UP))).getNilai())
                .isEqualByComparingTo("88");
    }

    @Test
    void formulasOfEachCategory() {
        assertThat(k("55").getKategori().getLabel()).isEqualTo("Sangat kurang");
        assertThat(k("55").getNilaiEksak()).isEqualTo(Pecahan.of(55 * 49, 59));
        assertThat(k("55").getNilai()).isEqualByComparingTo("45.68");
        assertThat(k("70").getKategori().getLabel()).isEqualTo("Kurang");
        assertThat(k("70").getNilai()).isEqualByComparingTo("60");
        assertThat(k("105").getKategori().getLabel()).isEqualTo("Sangat baik");
        assertThat(k("105").getNilaiEksak()).isEqualTo(Pecahan.of(110 * 9 + 40, 9));
        assertThat(k("105").getNilai()).isEqualByComparingTo("114.44");
        assertThat(k("0").getNilai()).isEqualByComparingTo("0");
    }

    @Test
    void aboveOneHundredTenPercentConvertsToOneHundredTwenty() {
        assertThat(k("110").getNilaiEksak()).isEqualTo(Pecahan.of(120, 1));
        assertThat(k("110.01").getNilaiEksak()).isEqualTo(Pecahan.of(120, 1));
        assertThat(k("250").getNilai()).isEqualByComparingTo("120");
    }

    @Test
    void printedGapsCloseAtTheNextCategorysLowerBound() {
        assertThat(k("99.5").getKategori().getLabel()).isEqualTo("Cukup");
        assertThat(k("99.5").getNilai()).isEqualByComparingTo("89.50");
        assertThat(k("100.5").getKategori().getLabel()).isEqualTo("Baik");
        assertThat(k("100.5").getNilai()).isEqualByComparingTo("109");
        assertThat(k("59.5").getKategori().getLabel()).isEqualTo("Sangat kurang");
        assertThat(k("79.5").getKategori().getLabel()).isEqualTo("Kurang");
    }

    @Test
    void jumpsAtSixtyHundredAndHundredOneContinuousAtEightyAndHundredTen() {
        BigDecimal eps = new BigDecimal("0.000001");
        Pembulatan p = Pembulatan.of(6, RoundingMode.HALF_UP);
        KonversiCapaianIki fine = K.withPembulatan(p);
        for (String edge : List.of("60", "80", "100", "101", "110")) {
            BigDecimal e = new BigDecimal(edge);
            BigDecimal below = fine.konversi(Persen.of(e.subtract(eps))).getNilai();
            BigDecimal at = fine.konversi(Persen.of(e)).getNilai();
            BigDecimal jump = at.subtract(below);
            switch (edge) {
                case "60" -> assertThat(jump).isBetween(new BigDecimal("0.169"), new BigDecimal("0.170"));
                case "100" -> assertThat(jump).isBetween(new BigDecimal("19"), new BigDecimal("19.000002"));
                case "101" -> assertThat(jump).isBetween(new BigDecimal("0.999"), new BigDecimal("1"));
                default -> assertThat(jump.abs()).as(edge).isLessThanOrEqualTo(new BigDecimal("0.000002"));
            }
        }
    }

    @Test
    void aTargetMaksimalMetExactlyIsSangatBaikOneHundredTwenty() {
        // PermenPANRB 8/2021 Bab VI A.1.b.2 item (i): "Persentase Pengelolaan Keuangan yang Bebas dari
        // Temuan Material", target 100 %, realisasi 100 %: capaian 100 %, "Sangat Baik", nilai 120
        NilaiCapaianIki maks = K.konversiTargetMaksimal(Persen.of(new BigDecimal("100")));
        assertThat(maks.getKategori().getLabel()).isEqualTo("Sangat baik");
        assertThat(maks.getNilaiEksak()).isEqualTo(Pecahan.of(120, 1));
        assertThat(maks.isTargetMaksimal()).isTrue();
        assertThat(maks).hasToString("NilaiCapaianIki[100% Sangat baik (target maksimal) -> 120.00]");
        // "dengan mengecualikan ketentuan pada huruf (d)": without the rule the same capaian is baik, 109
        assertThat(k("100").getNilai()).isEqualByComparingTo("109");
        assertThat(k("100").isTargetMaksimal()).isFalse();
        assertThat(K.konversiTargetMaksimal(Persen.of(new BigDecimal("100.000"))).getNilai())
                .isEqualByComparingTo("120");
    }

    @Test
    void belowOneHundredATargetMaksimalConvertsAsAnyOther() {
        for (String c : List.of("0", "55", "79.5", "98", "99.999")) {
            NilaiCapaianIki maks = K.konversiTargetMaksimal(Persen.of(new BigDecimal(c)));
            assertThat(maks).as(c).isEqualTo(k(c));
            assertThat(maks.isTargetMaksimal()).isFalse();
        }
    }

    @Test
    void aTargetMaksimalCannotBeExceeded() {
        assertThatThrownBy(() -> K.konversiTargetMaksimal(Persen.of(new BigDecimal("100.01"))))
                .isInstanceOf(SakipException.class)
                .hasMessage("NilaiCapaianIki.capaian must be <= 100 for a target maksimal (the highest attainable target,"
                        + " PermenPANRB 8/2021 Bab VI), was 100.01%");
        assertThatThrownBy(() -> K.konversiTargetMaksimal(Persen.of(new BigDecimal("-1"))))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be >= 0");
        assertThatThrownBy(() -> K.konversiTargetMaksimal(null)).isInstanceOf(SakipException.class)
                .hasMessage("NilaiCapaianIki.capaian must not be null");
    }

    @Test
    void anOwnConversionGivesItsHighestCategoryAndMaximumForATargetMaksimal() {
        Skala dua = Skala.builder("dua", "Rendah").dari(BigDecimal.valueOf(50), "Tinggi").build();
        KonversiCapaianIki own = KonversiCapaianIki.of("Aturan X", dua, List.of(RuasKonversi.of(0, 50, 0, 50),
                RuasKonversi.of(50, 100, 50, 90)), BigDecimal.valueOf(95));
        NilaiCapaianIki maks = own.konversiTargetMaksimal(Persen.of(new BigDecimal("100")));
        assertThat(maks.getKategori().getLabel()).isEqualTo("Tinggi");
        assertThat(maks.getNilai()).isEqualByComparingTo("95");
        assertThat(own.konversi(Persen.of(new BigDecimal("100"))).getNilai()).isEqualByComparingTo("90");
    }

    @Test
    void negativeCapaianIsRefused() {
        assertThatThrownBy(() -> k("-0.01")).isInstanceOf(SakipException.class)
                .hasMessage("NilaiCapaianIki.capaian must be >= 0 to convert under PermenPANRB 8/2021, was -0.01%");
        assertThatThrownBy(() -> K.konversi(null)).isInstanceOf(SakipException.class);
    }

    @Test
    void aConversionIsDataAndShowsItsPolicy() {
        Skala dua = Skala.builder("dua", "Rendah").dari(BigDecimal.valueOf(100), "Tinggi").build();
        KonversiCapaianIki own = KonversiCapaianIki.of("Aturan X", dua, List.of(RuasKonversi.of(0, 100, 0, 100),
                RuasKonversi.of(100, 100, 100, 100)), BigDecimal.valueOf(100));
        assertThat(own.konversi(Persen.of(new BigDecimal("150"))).getNilai()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> KonversiCapaianIki.of("Aturan X", dua, List.of(RuasKonversi.of(0, 100, 0, 100)),
                BigDecimal.TEN)).isInstanceOf(SakipException.class)
                .hasMessage("KonversiCapaianIki.ruas must have one line per category (2), was 1");
        assertThat(K.getRuas()).hasSize(5);
        assertThat(K.getNilaiMaksimum()).isEqualByComparingTo("120");
        assertThat(K.getKategori().getPita()).hasSize(5);
        assertThat(K.getNama()).isEqualTo("PermenPANRB 8/2021");
        assertThat(K.withPembulatan(Pembulatan.STANDAR)).isEqualTo(K).hasSameHashCodeAs(K);
        assertThat(K.withPembulatan(Pembulatan.of(0, RoundingMode.DOWN))).isNotEqualTo(K);
        assertThat(K).hasToString("KonversiCapaianIki[PermenPANRB 8/2021, Pembulatan[2, HALF_UP]]");
        assertThat(k("98")).hasToString("NilaiCapaianIki[98% Cukup -> 88.00]");
    }
}
