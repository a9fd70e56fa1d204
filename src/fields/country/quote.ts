// Findings quote the value; a pasted paragraph must not become a kilobyte-long message.
const MAX_QUOTED = 60;

/** The value in double quotes, cut to a readable length. */
export function quoted(value: string): string {
  return value.length <= MAX_QUOTED ? `"${value}"` : `"${value.slice(0, MAX_QUOTED)}…"`;
}
