import { NodeApiError, type INode } from 'n8n-workflow';
import { redact, redactDeep, redactError } from '../../../nodes/shared/transport/redact';

const KEY = 'sk-Ab3dEf12G4hiJk5mNoP7qRsT9w';
const node = { name: 'AI Credits', type: 'aiCredits', parameters: {} } as unknown as INode;

describe('redact', () => {
	it('removes the whole key', () => {
		expect(redact(`Invalid API key ${KEY}.`, KEY)).toBe('Invalid API key ***.');
	});

	it('removes masked forms: any piece of 8 or more characters', () => {
		expect(redact(`key ${KEY.slice(0, 12)}...${KEY.slice(-4)} is revoked`, KEY)).toBe(
			`key ***...${KEY.slice(-4)} is revoked`,
		);
		expect(redact(`key ****${KEY.slice(-14)}`, KEY)).toBe('key *******');
		expect(redact(`two: ${KEY.slice(3, 11)} and ${KEY.slice(-9)}`, KEY)).toBe('two: *** and ***');
	});

	it('leaves pieces shorter than 8 characters and unrelated text', () => {
		expect(redact(`key ends ${KEY.slice(-7)}, starts ${KEY.slice(0, 7)}`, KEY)).toBe(
			`key ends ${KEY.slice(-7)}, starts ${KEY.slice(0, 7)}`,
		);
	});

	it('does not take word-like pieces of a readable key for the secret', () => {
		const key = 'sk-stability-sandbox-default-0001';
		expect(redact('Stability AI: org-stability-sandbox-team-0002', key)).toBe(
			'Stability AI: org-stability-sandbox-team-0002',
		);
		expect(redact(`masked ${key.slice(0, 10)}...ult-0001`, key)).toBe(
			`masked ${key.slice(0, 10)}...***`,
		);
		expect(redact(`whole ${key}`, key)).toBe('whole ***');
	});

	it('removes the URL-encoded key', () => {
		const key = 'a+b/c=d&e%f';
		expect(redact(`?key=${encodeURIComponent(key)}`, key)).toBe('?key=***');
	});

	it('removes every secret of a list, ignores non-strings', () => {
		expect(
			redact('tok-1234567890 and ref-abCDefghij', [undefined, 'tok-1234567890', 'ref-abCDefghij']),
		).toBe('*** and ***');
	});
});

describe('redactDeep', () => {
	it('cleans strings inside objects and arrays, keys included, without touching the input', () => {
		const body = { message: `bad ${KEY}`, details: [{ key: KEY.slice(0, 12) }], [KEY]: 1, n: 2 };
		const clean = redactDeep(body, KEY);
		expect(JSON.stringify(clean)).not.toContain(KEY.slice(3, 11));
		expect(clean).toEqual({ message: 'bad ***', details: [{ key: '***' }], '***': 1, n: 2 });
		expect(body.message).toContain(KEY);
	});

	it('survives cycles', () => {
		const body: Record<string, unknown> = { text: KEY };
		body.self = body;
		expect((redactDeep(body, KEY) as { text: string }).text).toBe('***');
	});
});

describe('redactError', () => {
	it('cleans what a NodeApiError keeps of the provider body', () => {
		const body = {
			message: `Invalid key ${KEY}`,
			hint: `use sk-abcdef123456...wxyz`,
			nested: { k: KEY },
		};
		const error = redactError(
			new NodeApiError(node, body, { message: `rejected ${KEY}`, description: `key ${KEY}` }),
			KEY,
		);
		const stored = JSON.stringify({
			message: error.message,
			description: error.description,
			messages: error.messages,
			errorResponse: error.errorResponse,
			context: error.context,
			stack: error.stack,
		});
		for (const piece of [KEY.slice(0, 12), KEY.slice(10, 20), KEY.slice(-10)]) {
			expect(stored).not.toContain(piece);
		}
		expect(error).toBeInstanceOf(NodeApiError);
	});
});
