// Messages for the user: errors stay until dismissed, confirmations fade after a while.

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

let next = 1;

class Notices {
  items = $state<Notice[]>([]);

  error(text: string): void {
    this.items.push({ id: next++, kind: 'error', text });
  }

  info(text: string, ms = 5000): void {
    const id = next++;
    this.items.push({ id, kind: 'info', text });
    setTimeout(() => this.dismiss(id), ms);
  }

  /** Shows any thrown value as an error message. */
  fail(error: unknown): void {
    this.error(error instanceof Error ? error.message : String(error));
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
