package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContohCommandTest {

    @Test
    void klojenTablesThenFindings() {
        Jalankan r = Jalankan.sakip("contoh", "klojen-2021");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("### Tabel 3.1", "### Tabel 3.2", "### Tabel 3.3", "### Tabel 3.4 Analisa efisiensi",
                "### Tabel 3.4 Keberhasilan", "### Realisasi Anggaran", "### Temuan reviu (25 temuan");
        assertThat(r.out()).containsPattern("\\|\\s+122,56 \\|\\s+122,63 \\|");
    }

    @Test
    void unknownExampleIsAUsageError() {
        Jalankan r = Jalankan.sakip("contoh", "bogor-2022");
        assertThat(r.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(r.err()).contains("unknown example: bogor-2022");
    }
}
