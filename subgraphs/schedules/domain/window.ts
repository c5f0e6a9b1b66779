// A span of time a schedule covers: [from, to).
export interface Window {
  from: Date;
  to: Date;
}

export const DAY_MS = 86_400_000;
