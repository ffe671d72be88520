import { gamma } from './gamma';
import { stabilityAi } from './stabilityAi';
import type { ProviderChecks } from './types';

/** In the order they are checked and printed. ImagineArt can join as one more file. */
export const PROVIDERS: readonly ProviderChecks[] = [gamma, stabilityAi];
