package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Temuan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemuanTableTest {

    @Test
    void findingsCountsAndNotes() {
        Temuan amount = Temuan.of(Lokasi.of("Tabel 3.4 (efisiensi)", "Pemerataan", "7"), JenisTemuan.TIDAK_KONSISTEN,
                new BigDecimal("15411491203"), new BigDecimal("15411591203.00"), null, "budget table");
        StringWriter out = new StringWriter();
        TemuanTable.print(HasilReviu.of(2, List.of(amount), List.of("Tabel 3.2 / IPMas / 2019: not checked")),
                new PrintWriter(out, true));
        assertThat(out.toString()).contains("### Temuan reviu (1 temuan dari 2 angka diperiksa)",
                "| 1   | TIDAK_KONSISTEN | Tabel 3.4 (efisiensi) | Pemerataan | 7     | 15.411.491.203 | 15.411.591.203 "
                        + "| -100.000 | budget table |",
                "- TIDAK_KONSISTEN: 1", "- KESALAHAN: 0", "- Tabel 3.2 / IPMas / 2019: not checked");
    }
}
