// User passwords of encrypted filings, kept in memory for this session only (never written to IndexedDB).
const passwords = new Map<string, string>();

/** Remembers the password that opens the original stored as `blobId`, until the page is reloaded. */
export function rememberPassword(blobId: string, password: string): void {
  passwords.set(blobId, password);
}

/** The password given this session for the original stored as `blobId`, if any. */
export function passwordFor(blobId: string): string | undefined {
  return passwords.get(blobId);
}

export function forgetPassword(blobId: string): void {
  passwords.delete(blobId);
}
