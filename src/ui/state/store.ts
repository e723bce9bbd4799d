// The one LineSealStore the app uses, opened lazily; persistence is requested once at first use.
import { LineSealStore, requestPersistentStorage } from '../../platform/storage/store.ts';

let opening: Promise<LineSealStore> | null = null;

export function getStore(): Promise<LineSealStore> {
  if (!opening) {
    opening = LineSealStore.open();
    void requestPersistentStorage();
  }
  return opening;
}
