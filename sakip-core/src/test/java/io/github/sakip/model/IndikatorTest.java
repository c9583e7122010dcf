package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.sakip.SakipException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IndikatorTest {

    /** What an indicator is made from, each optional part possibly absent. */
    private record Bahan(String nama, Optional<String> kode, Satuan satuan, Polaritas polaritas, boolean iku,
            PenggabunganTriwulan penggabungan) {
        Indikator make() {
            Indikator i = Indikator.of(nama, satuan, polaritas).withIku(iku).withPenggabungan(penggabungan);
            return kode.map(i::withKode).orElse(i);
        }
    }

    private static Gen<Bahan> bahan() {
        Gen<Satuan> satuan = arbitrary().pick(Satuan.PERSEN, Satuan.INDEKS, Satuan.NILAI, Satuan.of("unit usaha"));
        Gen<Optional<String>> kode = ModelGen.nama().toOptionals(30);
        return ModelGen.nama().zip(kode, satuan, arbitrary().enumValues(Polaritas.class),
                (nama, k, s, p) -> new Bahan(nama, k, s, p, false, PenggabunganTriwulan.NILAI_AKHIR))
                .zip(booleans().all(), arbitrary().enumValues(PenggabunganTriwulan.class),
                        (b, iku, g) -> new Bahan(b.nama(), b.kode(), b.satuan(), b.polaritas(), iku, g));
    }

    private static Indikator nilaiSakip() {
        return Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
    }

    @Test
    void indicatorMadeAgainFromTheSameInputsIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(bahan(), Bahan::make);
    }

    @Test
    void aNewIndicatorIsNoIkuHasNoCodeNorFormulaAndTakesTheLastQuarter() {
        Indikator i = nilaiSakip();
        assertThat(i.isIku()).isFalse();
        assertThat(i.getKode()).isEmpty();
        assertThat(i.getFormulasi()).isEmpty();
        assertThat(i.getPenggabungan()).isEqualTo(PenggabunganTriwulan.NILAI_AKHIR);
        assertThat(i).hasToString("Indikator[Nilai SAKIP OPD, nilai, POSITIF]");
    }

    @Test
    void eachWithMethodChangesOnlyItsOwnAttribute() {
        Indikator i = nilaiSakip();
        Indikator iku = i.withIku(true);
        assertThat(iku.isIku()).isTrue();
        assertThat(iku).isNotEqualTo(i).isEqualTo(iku.withIku(true));
        assertThat(iku.withIku(false)).isEqualTo(i);
        Indikator dengan = i.withKode("IKU-1").withFormulasi("nilai evaluasi SAKIP oleh Inspektorat")
                .withPenggabungan(PenggabunganTriwulan.KUMULATIF);
        assertThat(dengan.getKode()).contains("IKU-1");
        assertThat(dengan.getFormulasi()).contains("nilai evaluasi SAKIP oleh Inspektorat");
        assertThat(dengan.getPenggabungan()).isEqualTo(PenggabunganTriwulan.KUMULATIF);
        assertThat(dengan.getNama()).isEqualTo(i.getNama());
        assertThat(dengan.getSatuan()).isEqualTo(i.getSatuan());
        assertThat(dengan.getPolaritas()).isEqualTo(i.getPolaritas());
        assertThat(dengan.isIku()).isFalse();
        assertThat(dengan).hasToString("Indikator[IKU-1 Nilai SAKIP OPD, nilai, POSITIF]");
    }

    @Test
    void aBlankNameIsRejectedShowingTheName() {
        assertThatThrownBy(() -> Indikator.of("  ", Satuan.NILAI, Polaritas.POSITIF))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Indikator.nama must not be blank, was \"  \"");
    }

    @Test
    void aBlankCodeOrFormulaIsRejected() {
        assertThatThrownBy(() -> nilaiSakip().withKode("")).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Indikator.kode must not be blank");
        assertThatThrownBy(() -> nilaiSakip().withFormulasi(" ")).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Indikator.formulasi must not be blank");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Indikator.of(null, Satuan.NILAI, Polaritas.POSITIF), "Indikator.nama");
        ValueContract.assertNullRejected(() -> Indikator.of("x", null, Polaritas.POSITIF), "Indikator.satuan");
        ValueContract.assertNullRejected(() -> Indikator.of("x", Satuan.NILAI, null), "Indikator.polaritas");
        ValueContract.assertNullRejected(() -> nilaiSakip().withKode(null), "Indikator.kode");
        ValueContract.assertNullRejected(() -> nilaiSakip().withFormulasi(null), "Indikator.formulasi");
        ValueContract.assertNullRejected(() -> nilaiSakip().withPenggabungan(null), "Indikator.penggabungan");
    }
}
