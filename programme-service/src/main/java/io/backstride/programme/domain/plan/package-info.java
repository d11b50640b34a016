/** Plan generation: a weekly template from start to race day (or 12 weeks), each element with its reason. */
package io.backstride.programme.domain.plan;
