package io.github.sakip.anggaran;

import static io.github.sakip.JsonRoundTrip.JACKSON2;
import static io.github.sakip.JsonRoundTrip.JACKSON3;
import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.testing.HasilGen;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget results and their policies written and read back by Jackson 2 and 3, in the shape of docs/json.md. */
class AnggaranJsonTest {

    private static Persen persen(String nilai) {
        return Persen.of(new BigDecimal(nilai));
    }

    @Test
    void resultsRoundTrip() {
        roundTrips(HasilGen.penyerapan(), Penyerapan.class);
        roundTrips(HasilGen.efisiensi(), Efisiensi.class);
        roundTrips(HasilGen.perubahanPenyerapan(), PerubahanPenyerapan.class);
    }

    @Test
    void rowsAndTreesRoundTrip() {
        roundTrips(HasilGen.barisAnggaran(), BarisAnggaran.class);
        roundTrips(HasilGen.posAnggaran(), PosAnggaran.class);
        roundTrip(KlojenAnggaran.klojen(), PosAnggaran.class);
    }

    @Test
    void policiesRoundTrip() {
        roundTrips(HasilGen.pembulatan().map(RumusPenyerapan.standar()::withPembulatan), RumusPenyerapan.class);
        roundTrips(HasilGen.pembulatan().map(RumusEfisiensi.standar()::withPembulatan), RumusEfisiensi.class);
        roundTrips(HasilGen.rasioEfisiensi(), RasioEfisiensi.class);
        roundTrip(RasioEfisiensi.standar(), RasioEfisiensi.class);
    }

    @Test
    void klojenFiguresAreWrittenForReadersAndRecomputedOnReading() {
        // Klojen LKjIP 2021, Bab III.B: the agency's pagu and realisasi, 92,57 %
        Penyerapan total = RumusPenyerapan.standar().hitung(Rupiah.of(40_353_401_000L), Rupiah.of(37_354_300_278L));
        assertThat(tulis(total)).isEqualTo("{\"pagu\":\"40353401000.00\",\"realisasi\":\"37354300278.00\",\"pembulatan\":"
                + "{\"scale\":2,\"roundingMode\":\"HALF_UP\"},\"persen\":\"92.57\"}");
        String dipalsukan = tulis(total).replace("92.57", "99.99");
        assertThat(baca(dipalsukan, Penyerapan.class)).isEqualTo(total);
        // Tabel 3.4, sasaran Pelayanan: 109,74 / 89,49 x 100 = 122,63
        Efisiensi e = RumusEfisiensi.standar().hitung(persen("109.74"), persen("89.49"));
        assertThat(tulis(e)).isEqualTo("{\"capaian\":\"109.74\",\"penyerapan\":\"89.49\",\"pembulatan\":{\"scale\":2,"
                + "\"roundingMode\":\"HALF_UP\"},\"nilai\":\"122.63\",\"kategori\":\"EFISIEN\"}");
        assertThat(JACKSON3.readValue("{\"capaian\":109.74,\"penyerapan\":89.49,\"pembulatan\":{\"scale\":2,"
                + "\"roundingMode\":\"HALF_UP\"},\"nilai\":\"1\",\"kategori\":\"TIDAK_EFISIEN\"}", Efisiensi.class))
                .isEqualTo(e);
        PerubahanPenyerapan naik = PerubahanPenyerapan.of(Klojen2021.PENYERAPAN_2020, persen("92.57"));
        assertThat(tulis(naik)).isEqualTo("{\"sebelumnya\":\"96.30\",\"sekarang\":\"92.57\",\"selisih\":\"-3.73\","
                + "\"arah\":\"TURUN\"}");
    }

    @Test
    void theTreeShapeIsSmallAndDocumented() {
        PosAnggaran klojen = KlojenAnggaran.klojen();
        assertThat(tulis(klojen)).startsWith("{\"tingkat\":\"PERANGKAT_DAERAH\",\"nama\":\"Kecamatan Klojen\","
                + "\"pagu\":\"40353401000.00\",\"realisasi\":\"37354300278.00\",\"rincian\":[{\"tingkat\":\"SASARAN\",");
        BarisAnggaran baris = BarisAnggaran.of(KodeNomenklatur.parse("7.01.01.2.01.0001"), "Penyusunan Dokumen",
                Rupiah.of(1_000_000L));
        assertThat(tulis(baris)).isEqualTo("{\"kode\":\"7.01.01.2.01.0001\",\"nama\":\"Penyusunan Dokumen\","
                + "\"nilai\":\"1000000.00\"}");
        // a node with parts sums them again: its own amounts are for readers
        PosAnggaran bagian = PosAnggaran.of(TingkatPos.PROGRAM, "P", Rupiah.of(10L), Rupiah.of(4L));
        PosAnggaran gabungan = PosAnggaran.gabungan(TingkatPos.SASARAN, "S", List.of(bagian));
        String json = tulis(gabungan).replaceFirst("\"pagu\":\"10.00\"", "\"pagu\":\"99.00\"");
        assertThat(json).startsWith("{\"tingkat\":\"SASARAN\",\"nama\":\"S\",\"pagu\":\"99.00\"");
        assertThat(baca(json, PosAnggaran.class)).isEqualTo(gabungan);
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        assertThatThrownBy(() -> JACKSON2.readValue("{\"pagu\":\"-1\",\"realisasi\":\"0\",\"pembulatan\":{\"scale\":2,"
                + "\"roundingMode\":\"HALF_UP\"}}", Penyerapan.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessageContaining("Penyerapan.pagu must be >= 0");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"capaian\":\"90\",\"penyerapan\":\"0\",\"pembulatan\":{\"scale\":2,"
                + "\"roundingMode\":\"HALF_UP\"}}", Efisiensi.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessageContaining("Efisiensi.penyerapan must be > 0");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"pagu\":\"1\",\"realisasi\":\"0\"}", Penyerapan.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("RumusPenyerapan.pembulatan");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"tingkat\":\"PROGRAM\",\"kode\":\"7.01.01.2.01\",\"pagu\":\"1\","
                + "\"realisasi\":\"0\"}", PosAnggaran.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessage("PosAnggaran of level PROGRAM must have a code of that level, was 7.01.01.2.01");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"tingkat\":\"PROGRAM\",\"nama\":\"P\",\"pagu\":\"1\"}",
                PosAnggaran.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessageContaining("PosAnggaran.realisasi");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"tingkat\":\"PROGRAM\",\"nama\":\"P\",\"rincian\":[{\"tingkat\":"
                + "\"SASARAN\",\"nama\":\"S\",\"pagu\":\"1\",\"realisasi\":\"1\"}]}", PosAnggaran.class)).rootCause()
                .isInstanceOf(SakipException.class).hasMessageContaining("must have parts of lower levels");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"kode\":\"7.01\",\"nilai\":\"-5\"}", BarisAnggaran.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("BarisAnggaran.nilai");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"sebelumnya\":\"90\"}", PerubahanPenyerapan.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("PerubahanPenyerapan.sekarang");
    }
}
