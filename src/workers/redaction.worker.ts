// The redaction worker's entry: the engine and the verifier served off the main thread (see serve.ts).
import { decodeImageBrowser } from './decode-image.ts';
import { serve, type Endpoint } from './serve.ts';

serve(self as unknown as Endpoint, decodeImageBrowser);
