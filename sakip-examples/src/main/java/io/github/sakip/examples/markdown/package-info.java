/** Tables printed as Markdown that read as plain text too. */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.markdown;

import javax.annotation.ParametersAreNonnullByDefault;
