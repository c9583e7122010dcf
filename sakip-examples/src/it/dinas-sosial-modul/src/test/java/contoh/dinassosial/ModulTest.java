package contoh.dinassosial;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.capaian.Capaian;
import org.junit.jupiter.api.Test;

/** This consumer runs as a module, with sakip-core on the module path. */
class ModulTest {

    @Test
    void runsOnTheModulePath() {
        assertThat(DinasSosial.class.getModule().getName()).isEqualTo("contoh.dinassosial");
        Module core = Capaian.class.getModule();
        assertThat(core.getName()).isEqualTo("io.github.sakip.core");
        assertThat(core.getDescriptor().exports().stream().map(e -> e.source()))
                .contains("io.github.sakip.pengukuran").doesNotContain("io.github.sakip.internal");
    }
}
