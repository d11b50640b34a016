/** Exercise session and run logs, their validation, and the weekly buckets they are stored in. */
package io.backstride.programme.domain.log;
