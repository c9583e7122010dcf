package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports the API packages and hides the internals (the tests run on the module path). */
class ModuleInfoTest {

    @Test
    void exportsTheApiAndHidesTheInternals() {
        Module module = SakipException.class.getModule();
        assertThat(module.isNamed()).as("run on the module path").isTrue();
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.name()).isEqualTo("io.github.sakip.core");
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).contains("io.github.sakip", "io.github.sakip.model", "io.github.sakip.format",
                "io.github.sakip.capaian", "io.github.sakip.predikat", "io.github.sakip.tren",
                "io.github.sakip.anggaran", "io.github.sakip.pengukuran", "io.github.sakip.reviu",
                "io.github.sakip.evaluasi.ikm", "io.github.sakip.evaluasi.sakip", "io.github.sakip.evaluasi.skp")
                .doesNotContain("io.github.sakip.internal");
        assertThat(io.github.sakip.internal.Checks.class.getPackageName()).isEqualTo("io.github.sakip.internal");
        assertThat(io.github.sakip.internal.SakipStyle.class.getPackageName()).isEqualTo("io.github.sakip.internal");
        assertThat(descriptor.requires()).allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                || r.name().equals("java.base"));
    }
}
