/**
 * Internal, not API: helpers that several packages of the library share and that users must not
 * depend on. The module does not export this package; its contents may change in any release.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.internal;

import javax.annotation.ParametersAreNonnullByDefault;
