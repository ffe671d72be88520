import type { INodePropertyOptions } from 'n8n-workflow';
import { GAMMA_IMAGE_SOURCES } from '../../../shared/pricing';

const IMAGE_SOURCE_NAMES: Record<string, string> = {
	aiGenerated: 'AI Generated',
	pictographic: 'Pictographic',
	pexels: 'Pexels',
	giphy: 'Giphy',
	webAllImages: 'Web: All Images',
	webFreeToUse: 'Web: Free to Use',
	webFreeToUseCommercially: 'Web: Free to Use Commercially',
	placeholder: 'Placeholder',
	themeAccent: 'Theme Accent',
	noImages: 'No Images',
};

/** Gamma's image sources by name, for Estimate Credits and Generate Deck alike. */
export const gammaImageSourceOptions: INodePropertyOptions[] = GAMMA_IMAGE_SOURCES.map((value) => ({
	name: IMAGE_SOURCE_NAMES[value] ?? value,
	value,
}));
