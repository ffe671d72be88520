import { gamma } from './gamma';
import { imagineArt } from './imagineArt';
import { stabilityAi } from './stabilityAi';
import type { ProviderChecks } from './types';

/** In the order they are checked and printed. */
export const PROVIDERS: readonly ProviderChecks[] = [gamma, stabilityAi, imagineArt];
