package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KebijakanLkjipTest {

    @Test
    void numbersWrittenWithADecimalPointBecomeIndonesian() {
        assertThat(KebijakanLkjip.indonesia("93.6")).isEqualTo("93,6");
        assertThat(KebijakanLkjip.indonesia("97.32%")).isEqualTo("97,32%");
        assertThat(KebijakanLkjip.indonesia("0.875")).isEqualTo("0,875");
        assertThat(KebijakanLkjip.indonesia("-2.85")).isEqualTo("-2,85");
        assertThat(KebijakanLkjip.indonesia("1,234.56")).isEqualTo("1.234,56");
        assertThat(KebijakanLkjip.indonesia("1,004,422,800")).isEqualTo("1.004.422.800");
        // thousands dots stay thousands: the Rupiah of a table that prints percentages with a point
        assertThat(KebijakanLkjip.indonesia("749.930.215")).isEqualTo("749.930.215");
        assertThat(KebijakanLkjip.indonesia("93.600")).isEqualTo("93.600");
        assertThat(KebijakanLkjip.indonesia("100")).isEqualTo("100");
        assertThat(KebijakanLkjip.indonesia("NA")).isEqualTo("NA");
    }
}
