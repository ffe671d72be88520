/** What the editor shows, decided by n8n's own displayParameter (as the editor and the save do). */
import { NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';
import { AiCredits } from '../../../nodes/AiCredits/AiCredits.node';

const { description } = new AiCredits();

function visible(name: string, parameters: INodeParameters): boolean {
	const property = description.properties.find(
		(p: INodeProperties) =>
			p.name === name && NodeHelpers.displayParameter(parameters, p, null, description),
	);
	return property !== undefined;
}

describe('Generate Deck fields', () => {
	const deck = { resource: 'gamma', operation: 'generateDeck' };

	it('shows Number of Cards while Gamma splits the cards itself', () => {
		expect(visible('numCards', deck)).toBe(true);
		expect(visible('numCards', { ...deck, additionalOptions: { cardSplit: 'auto' } })).toBe(true);
	});

	it('hides Number of Cards when cards follow the input text breaks, which Gamma ignores it for', () => {
		expect(
			visible('numCards', { ...deck, additionalOptions: { cardSplit: 'inputTextBreaks' } }),
		).toBe(false);
	});
});
