// Messages for files that were not added: each names the file and says what the user can do in the app.
import { describe, expect, it } from 'vitest';
import { CorruptPdfError, EncryptedPdfError } from '../../src/lib/util/errors.ts';
import { importFailureMessage } from '../../src/ui/state/import-filings.ts';

describe('importFailureMessage', () => {
  it('where the app cannot ask for a password (an order PDF, a sample), it says how to get an open copy', () => {
    const message = importFailureMessage('locked.pdf', new EncryptedPdfError('locked.pdf'));
    expect(message).toMatch(/^locked\.pdf is encrypted with a user password; /);
    expect(message).not.toContain('in the app');
    expect(message).toContain('save or print a copy without the password, and use that copy');
  });

  it("the core's own messages pass through; anything else names the file", () => {
    const corrupt = new CorruptPdfError('cut.pdf', 'no end-of-file marker');
    expect(importFailureMessage('cut.pdf', corrupt)).toBe(corrupt.message);
    expect(importFailureMessage('odd.pdf', new Error('boom'))).toBe('odd.pdf could not be added (boom)');
  });
});
