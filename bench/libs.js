// The JavaScript tools under test, bundled by esbuild into build/libs.js
// so that the page loads them from its own origin (no CDN).
import * as Diff from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import nlp from 'compromise';
import dates from 'compromise-dates';
import * as chrono from 'chrono-node';

nlp.plugin(dates);

export { Diff, DiffMatchPatch, nlp, chrono };
