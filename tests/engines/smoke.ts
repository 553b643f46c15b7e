// The smoke checks, written once against the Driver interface, in the order the runner runs them: what a reader does
// on each kind of page and what they would see. They follow tests/e2e (the Chromium suite), which goes into depth.
import type { Check } from './check.ts';
import { mapChecks } from './checks/map.ts';
import { readingChecks } from './checks/reading.ts';
import { searchChecks } from './checks/search.ts';
import { timelineChecks } from './checks/timeline.ts';

/** Every check, each run in every engine. */
export const checks: Check[] = [...readingChecks, ...searchChecks, ...timelineChecks, ...mapChecks];
