// Every limit of the model in one place (docs/map-format.md): generous for any real cluster, and small
// enough that one bad import or one hostile participant cannot swamp a room. The importer's schemas, the
// server's check of every update and the UI's counters all read these.
export const MAP_LIMITS = {
  idLength: 128,
  labelLength: 200,
  notesLength: 5000,
  goals: 20,
  actors: 20000,
  ties: 100000,
  stages: 50,
  /** Longest comment a person can post; longer text is refused, never cut silently. */
  commentLength: 500,
  /** Longest reason a facilitator can give with a decision. */
  reasonLength: 300,
  /** Longest display name the server keeps (longer names are cut). */
  nameLength: 40,
  /** Longest checkpoint name. */
  checkpointNameLength: 120,
  /** Activity entries kept per workshop (docs/architecture.md "Activity"); older ones are dropped. */
  activityEntries: 2000,
  /** Items named in one activity entry; the rest are counted (`more`). */
  activityItems: 100,
  /** Deleted actors and ties one entry keeps in full so the feed can restore them; beyond this, none. */
  activityRemoved: 2000,
  /** Most activity entries one API call returns. */
  activityPage: 200,
  /** What-if scenarios one workshop holds at once (docs/architecture.md "What-if scenarios"). */
  scenarios: 50,
  /** Planned changes in one scenario: actors and ties to add, ties to remove and to change, together. */
  scenarioChanges: 2000,
  /** Most actors and ties one secret round may hold (docs/protocol.md P18). */
  roundElements: 5000,
} as const;
