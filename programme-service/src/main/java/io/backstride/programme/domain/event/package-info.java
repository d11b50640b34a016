/** The events a programme publishes on programme.programme.v1. */
package io.backstride.programme.domain.event;
