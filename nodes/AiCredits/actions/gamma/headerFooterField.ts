import type { INodeProperties } from 'n8n-workflow';

const POSITIONS = ['topLeft', 'topCenter', 'topRight', 'bottomLeft', 'bottomCenter', 'bottomRight'];
const POSITION_NAMES: Record<string, string> = {
	topLeft: 'Top Left',
	topCenter: 'Top Center',
	topRight: 'Top Right',
	bottomLeft: 'Bottom Left',
	bottomCenter: 'Bottom Center',
	bottomRight: 'Bottom Right',
};

/** Generate Deck › Header and Footer: the elements Gamma puts in a card's corners. */
export const headerFooterField: INodeProperties = {
	displayName: 'Header and Footer',
	name: 'headerFooter',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add element',
	options: [
		{
			name: 'elements',
			displayName: 'Element',
			values: [
				{
					displayName: 'Image',
					name: 'source',
					type: 'options',
					options: [
						{ name: 'Theme Logo', value: 'themeLogo' },
						{ name: 'Image URL', value: 'custom' },
					],
					default: 'themeLogo',
					displayOptions: { show: { type: ['image'] } },
				},
				{
					displayName: 'Image URL',
					name: 'src',
					type: 'string',
					default: '',
					displayOptions: { show: { type: ['image'], source: ['custom'] } },
				},
				{
					displayName: 'Position',
					name: 'position',
					type: 'options',
					options: POSITIONS.map((value) => ({ name: POSITION_NAMES[value], value })),
					default: 'bottomRight',
				},
				{
					displayName: 'Size',
					name: 'size',
					type: 'options',
					options: [
						{ name: 'Small', value: 'sm' },
						{ name: 'Medium', value: 'md' },
						{ name: 'Large', value: 'lg' },
						{ name: 'Extra Large', value: 'xl' },
					],
					default: 'sm',
					displayOptions: { show: { type: ['image'] } },
				},
				{
					displayName: 'Text',
					name: 'value',
					type: 'string',
					default: '',
					displayOptions: { show: { type: ['text'] } },
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Text', value: 'text' },
						{ name: 'Image', value: 'image' },
						{ name: 'Card Number', value: 'cardNumber' },
					],
					default: 'text',
				},
			],
		},
	],
};
