// The one password dialog's state: a filing that needs a user password asks here, one file at a time.

export interface PasswordRequest {
  fileName: string;
  /** The last password given for this file was wrong. */
  incorrect: boolean;
  /** Answers the request: the password to try, or null to skip the file. */
  answer(password: string | null): void;
}

class PasswordPrompt {
  current = $state.raw<PasswordRequest | null>(null);
  #tail: Promise<unknown> = Promise.resolve();

  /** Shows the dialog for `fileName` once any earlier request is answered; resolves with the password or null. */
  ask(fileName: string, incorrect = false): Promise<string | null> {
    const next = this.#tail.then(
      () =>
        new Promise<string | null>((resolve) => {
          this.current = {
            fileName,
            incorrect,
            answer: (password) => {
              this.current = null;
              resolve(password);
            },
          };
        }),
    );
    this.#tail = next;
    return next;
  }
}

export const passwordPrompt = new PasswordPrompt();
