// A value made once and kept, unless making it failed: then the next caller tries again. For what
// depends on a service that may be away at the moment it is first needed (the database at start).
export function retryingMemo<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (!kept) {
      const attempt = make();
      kept = attempt;
      attempt.catch(() => {
        if (kept === attempt) kept = undefined;
      });
    }
    return kept;
  };
}
