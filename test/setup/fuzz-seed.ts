// Property tests draw new cases on every run (locally, so they keep finding new inputs). With
// CX_FUZZ_SEED set, as .ci/run sets it, every property starts from that seed: CI runs the same
// cases each time and a failure there is reproducible with the same variable.
import fc from "fast-check";

const seed = process.env.CX_FUZZ_SEED;
if (seed !== undefined && seed !== "") {
  if (!/^-?\d+$/.test(seed)) throw new Error(`CX_FUZZ_SEED must be an integer (got '${seed}')`);
  fc.configureGlobal({ seed: Number(seed) });
}
