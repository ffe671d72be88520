import { NodeApiError, type INode } from 'n8n-workflow';
import { redact, redactDeep, redactError } from '../../../nodes/shared/transport/redact';

const KEY = 'sk-abcdef123456ghijklmnopwxyz';
const node = { name: 'AI Credits', type: 'aiCredits', parameters: {} } as unknown as INode;

describe('redact', () => {
	it('removes the whole key', () => {
		expect(redact(`Invalid API key ${KEY}.`, KEY)).toBe('Invalid API key ***.');
	});

	it('removes masked forms: any piece of 8 or more characters', () => {
		expect(redact('key sk-abcdef12...wxyz is revoked', KEY)).toBe('key ***...wxyz is revoked');
		expect(redact('key ****ghijklmnopwxyz', KEY)).toBe('key *******');
		expect(redact(`two: ${KEY.slice(3, 11)} and ${KEY.slice(-9)}`, KEY)).toBe('two: *** and ***');
	});

	it('leaves pieces shorter than 8 characters and unrelated text', () => {
		expect(redact('key ends wxyz, starts sk-abc', KEY)).toBe('key ends wxyz, starts sk-abc');
	});

	it('removes the URL-encoded key', () => {
		const key = 'a+b/c=d&e%f';
		expect(redact(`?key=${encodeURIComponent(key)}`, key)).toBe('?key=***');
	});

	it('removes every secret of a list, ignores non-strings', () => {
		expect(
			redact('tok-1234567890 and ref-abcdefghij', [undefined, 'tok-1234567890', 'ref-abcdefghij']),
		).toBe('*** and ***');
	});
});

describe('redactDeep', () => {
	it('cleans strings inside objects and arrays, keys included, without touching the input', () => {
		const body = { message: `bad ${KEY}`, details: [{ key: KEY.slice(0, 12) }], [KEY]: 1, n: 2 };
		const clean = redactDeep(body, KEY);
		expect(JSON.stringify(clean)).not.toMatch(/abcdef12|ghijklmn/);
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
		expect(stored).not.toMatch(/abcdef12|ghijklmn|3456ghij/);
		expect(error).toBeInstanceOf(NodeApiError);
	});
});
