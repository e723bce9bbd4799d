// Ordered pure upgrades of redaction-map JSON, one step per version (v1 is the first; none yet).

type Json = Record<string, unknown>;

/** Each entry upgrades a map of version `from` to `from + 1`. */
const STEPS: { from: number; upgrade: (map: Json) => Json }[] = [];

export function migrateToCurrent(map: Json): Json {
  let current = map;
  for (const step of STEPS) {
    if (current.version === step.from) current = { ...step.upgrade(current), version: step.from + 1 };
  }
  return current;
}
