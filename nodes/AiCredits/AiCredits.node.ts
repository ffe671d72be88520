import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import {
	aiCreditsCredentials,
	aiCreditsProperties,
	aiCreditsSubtitle,
} from './actions/nodeDescription';
import { router } from './actions/router';
import { searchImagineArtOrganizations } from '../shared/providers/imagineArt/organizations';
import { searchStabilityAiOrganizations } from '../shared/providers/stabilityAi/organizations';
import { searchFolders, searchTemplates, searchThemes } from './methods/listSearch';

export class AiCredits implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AI Credits',
		name: 'aiCredits',
		icon: { light: 'file:aiCredits.svg', dark: 'file:aiCredits.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: aiCreditsSubtitle,
		description:
			'Estimate, check and spend AI-generation credits on Gamma, Stability AI and ImagineArt',
		defaults: { name: 'AI Credits' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: aiCreditsCredentials,
		properties: aiCreditsProperties,
	};

	methods = {
		listSearch: {
			searchThemes,
			searchFolders,
			searchTemplates,
			searchImagineArtOrganizations,
			searchStabilityAiOrganizations,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
