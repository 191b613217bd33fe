// The point task's state as the executing body reads it on 首页: the API's state, except that a point still
// "collecting" (已接收, 已分发, 征集中) once it no longer takes opinions — its deadline passed, extensions included —
// reads 已截止, not 征集中 for a round nobody consolidated. Pure (no imports): unit-tested in test/unit.

/** States before consolidation: the point collects (or is about to), unless its deadline has passed. */
const COLLECTING_STATES = ['RECEIVED', 'DISPATCHED', 'COLLECTING'];

/** The state to show: the API's own, or DEADLINE_PASSED for a collecting state that no longer takes opinions. */
export function shownPointTaskState<S extends string>(
  state: S,
  acceptingOpinions: boolean,
): S | 'DEADLINE_PASSED' {
  return !acceptingOpinions && COLLECTING_STATES.includes(state) ? 'DEADLINE_PASSED' : state;
}
