// A new service-worker version waiting to take over: announced, applied only when the user asks.

class UpdateState {
  ready = $state(false);
  private apply: (() => void) | null = null;

  offer(apply: () => void): void {
    this.apply = apply;
    this.ready = true;
  }

  reload(): void {
    this.apply?.();
  }

  dismiss(): void {
    this.ready = false;
  }
}

export const update = new UpdateState();
