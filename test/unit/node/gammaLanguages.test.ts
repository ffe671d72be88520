/** The Language option offers exactly the codes Gamma documents (a contract fixture names the source). */
import { readFileSync } from 'fs';
import path from 'path';
import { GAMMA_LANGUAGES } from '../../../nodes/AiCredits/actions/gamma/languages';

const fixture = JSON.parse(
	readFileSync(path.join(__dirname, '../../contracts/gamma/language-codes.json'), 'utf8'),
) as { values: Array<{ name: string; value: string }> };

describe('Gamma languages', () => {
	it('are the 67 documented codes, with their names', () => {
		expect(GAMMA_LANGUAGES).toHaveLength(67);
		expect([...GAMMA_LANGUAGES].sort((a, b) => a.value.localeCompare(b.value))).toEqual(
			[...fixture.values].sort((a, b) => a.value.localeCompare(b.value)),
		);
	});
});
