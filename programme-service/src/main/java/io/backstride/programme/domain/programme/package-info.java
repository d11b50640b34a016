/** The programme aggregate: plan, positions, logs by week, decisions, adherence and the pain chart. */
package io.backstride.programme.domain.programme;
