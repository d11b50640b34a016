/** The programme's own view of the published exercise library: only what planning and progression need. */
package io.backstride.programme.domain.library;
