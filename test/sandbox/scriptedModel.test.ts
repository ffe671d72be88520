import axios, { type AxiosInstance } from 'axios';
import { startSandbox, type Sandbox } from './server';
import { SANDBOX_MODEL_IDS, type ScriptedTurn } from './scriptedModel';

const TOOL = {
	name: 'Estimate_Gamma_Credits',
	description: 'Estimate credits for a job in AI Credits',
	parameters: {
		type: 'object',
		properties: { numCards: { type: 'number', description: 'Cards in the deck' } },
		required: ['numCards'],
	},
};

/** Chat Completions' tools, messages and tool results (OpenAI API reference, Chat). */
const chatTool = { type: 'function', function: TOOL };
/** The Responses API's (OpenAI API reference, Responses). */
const responsesTool = { type: 'function', ...TOOL, strict: false };

/** Server-sent events as clients read them: `event:` (optional) and `data:` lines. */
function readEvents(body: string): Array<{ event?: string; data: string }> {
	return body
		.split('\n\n')
		.filter((block) => block.trim())
		.map((block) => {
			const lines = block.split('\n');
			const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
			const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? '';
			return event ? { event, data } : { data };
		});
}

describe('sandbox scripted model (OpenAI-compatible)', () => {
	let sandbox: Sandbox;
	let api: AxiosInstance;

	beforeAll(async () => {
		sandbox = await startSandbox();
		api = axios.create({
			baseURL: sandbox.modelBaseUrl,
			validateStatus: () => true,
			headers: { Authorization: `Bearer ${sandbox.model.apiKey}` },
			// Streams are read whole, as text.
			transformResponse: (data: string) => data,
		});
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	const post = async (path: string, body: unknown) => {
		const response = await api.post(path, body);
		return { ...response, json: () => JSON.parse(response.data as string) };
	};

	it('serves /openai/v1 on the sandbox, 127.0.0.1', () => {
		expect(sandbox.modelBaseUrl).toBe(`${sandbox.url}/openai/v1`);
		expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	it("takes its bearer key only, answering OpenAI's 401 otherwise, and keeps its turns", async () => {
		sandbox.model.script([{ message: 'hello' }]);
		const missing = await axios.post(
			`${sandbox.modelBaseUrl}/chat/completions`,
			{ model: 'gpt-4.1-mini', messages: [] },
			{ validateStatus: () => true },
		);
		expect(missing.status).toBe(401);
		expect(missing.data.error).toMatchObject({ type: 'invalid_request_error', code: null });
		const wrong = await axios.post(
			`${sandbox.modelBaseUrl}/chat/completions`,
			{ model: 'gpt-4.1-mini', messages: [] },
			{ validateStatus: () => true, headers: { Authorization: 'Bearer sk-wrong-key-1234' } },
		);
		expect(wrong.status).toBe(401);
		expect(wrong.data.error).toMatchObject({ code: 'invalid_api_key' });
		expect(wrong.data.error.message).toContain('1234');
		expect(wrong.data.error.message).not.toContain('sk-wrong-key-1234');
		expect(sandbox.model.remainingTurns).toBe(1);
		expect(sandbox.model.requests.map((request) => request.status)).toEqual([401, 401]);
	});

	it('lists its models at GET /v1/models', async () => {
		const response = await api.get('/models');
		expect(response.status).toBe(200);
		expect(JSON.parse(response.data as string)).toEqual({
			object: 'list',
			data: SANDBOX_MODEL_IDS.map((id) => expect.objectContaining({ id, object: 'model' })),
		});
		expect(sandbox.model.log).toEqual([{ method: 'GET', path: '/v1/models', status: 200 }]);
		expect(sandbox.model.requests).toEqual([]);
	});

	it('Chat Completions: answers tool calls with ids, then the final message, and keeps what it was sent', async () => {
		sandbox.model.script([
			{ toolCalls: [{ name: TOOL.name, arguments: { numCards: 12 } }] },
			{ message: 'It costs at most 132 credits.' },
		]);
		const system = { role: 'system', content: 'Use the tools.' };
		const user = { role: 'user', content: 'How much for 12 cards?' };
		const first = await post('/chat/completions', {
			model: 'gpt-4.1-mini',
			messages: [system, user],
			tools: [chatTool],
		});
		expect(first.status).toBe(200);
		expect(first.json()).toMatchObject({
			object: 'chat.completion',
			model: 'gpt-4.1-mini',
			choices: [
				{
					index: 0,
					finish_reason: 'tool_calls',
					message: {
						role: 'assistant',
						content: null,
						tool_calls: [
							{
								id: 'call_1_1',
								type: 'function',
								function: { name: TOOL.name, arguments: '{"numCards":12}' },
							},
						],
					},
				},
			],
			usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) },
		});

		const call = first.json().choices[0].message;
		const second = await post('/chat/completions', {
			model: 'gpt-4.1-mini',
			messages: [
				system,
				user,
				call,
				{ role: 'tool', tool_call_id: 'call_1_1', content: '{"max":132}' },
			],
			tools: [chatTool],
		});
		expect(second.json().choices[0]).toMatchObject({
			finish_reason: 'stop',
			message: { role: 'assistant', content: 'It costs at most 132 credits.' },
		});

		const [sentFirst, sentSecond] = sandbox.model.requests;
		expect(sentFirst).toMatchObject({
			api: 'chat.completions',
			path: '/v1/chat/completions',
			stream: false,
			model: 'gpt-4.1-mini',
			turn: 1,
			answeredToolCallIds: ['call_1_1'],
			tools: [TOOL],
			messages: [
				{ role: 'system', content: 'Use the tools.' },
				{ role: 'user', content: 'How much for 12 cards?' },
			],
		});
		expect(sentSecond.messages.slice(2)).toEqual([
			{
				role: 'assistant',
				content: '',
				toolCalls: [{ id: 'call_1_1', name: TOOL.name, arguments: { numCards: 12 } }],
			},
			{ role: 'tool', content: '{"max":132}', toolCallId: 'call_1_1' },
		]);
		expect(sentSecond.turn).toBe(2);
		expect(sandbox.model.remainingTurns).toBe(0);
	});

	it('Chat Completions with stream: true: chunks of the role, each call, the finish and the usage, then [DONE]', async () => {
		sandbox.model.script([
			{
				toolCalls: [
					{ name: TOOL.name, arguments: { numCards: 12 } },
					{ name: 'Check_Gamma_Balance', arguments: {}, id: 'call_custom' },
				],
			},
			{ message: 'Done.' },
		]);
		const body = { model: 'gpt-4.1-mini', messages: [], tools: [chatTool], stream: true };
		const calls = await api.post('/chat/completions', body);
		expect(calls.headers['content-type']).toMatch(/^text\/event-stream/);
		const events = readEvents(calls.data as string);
		expect(events.at(-1)).toEqual({ data: '[DONE]' });
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event.data));
		for (const chunk of chunks) expect(chunk.object).toBe('chat.completion.chunk');
		// Reassembled as a client does: by tool call index.
		const assembled: Array<{ id?: string; name?: string; arguments: string }> = [];
		for (const chunk of chunks) {
			for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
				assembled[delta.index] ??= { arguments: '' };
				if (delta.id) assembled[delta.index].id = delta.id;
				if (delta.function?.name) assembled[delta.index].name = delta.function.name;
				assembled[delta.index].arguments += delta.function?.arguments ?? '';
			}
		}
		expect(assembled).toEqual([
			{ id: 'call_1_1', name: TOOL.name, arguments: '{"numCards":12}' },
			{ id: 'call_custom', name: 'Check_Gamma_Balance', arguments: '{}' },
		]);
		expect(chunks[0].choices[0].delta.role).toBe('assistant');
		expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter(Boolean)).toEqual([
			'tool_calls',
		]);
		expect(chunks.at(-1)).toMatchObject({
			choices: [],
			usage: { total_tokens: expect.any(Number) },
		});

		const text = readEvents((await api.post('/chat/completions', body)).data as string)
			.slice(0, -1)
			.map((event) => JSON.parse(event.data).choices[0]?.delta.content ?? '')
			.join('');
		expect(text).toBe('Done.');
		expect(sandbox.model.requests.map((request) => [request.stream, request.turn])).toEqual([
			[true, 1],
			[true, 2],
		]);
	});

	it('Responses: function_call items, then an output_text message; function calls and outputs in its input read as messages', async () => {
		sandbox.model.script([
			{ toolCalls: [{ name: TOOL.name, arguments: { numCards: 12 } }] },
			{ message: 'At most 132 credits.' },
		]);
		const input = [
			{ type: 'message', role: 'system', content: 'Use the tools.' },
			{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'How much?' }] },
		];
		const first = await post('/responses', {
			model: 'gpt-4.1-mini',
			input,
			tools: [responsesTool],
		});
		expect(first.status).toBe(200);
		const response = first.json();
		expect(response).toMatchObject({
			object: 'response',
			status: 'completed',
			model: 'gpt-4.1-mini',
			output: [
				{
					type: 'function_call',
					call_id: 'call_1_1',
					name: TOOL.name,
					arguments: '{"numCards":12}',
					status: 'completed',
				},
			],
			usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
		});
		expect(response.id).toMatch(/^resp_/);
		expect(response.output[0].id).toMatch(/^fc_/);

		const second = await post('/responses', {
			model: 'gpt-4.1-mini',
			input: [
				...input,
				{
					type: 'function_call',
					call_id: 'call_1_1',
					name: TOOL.name,
					arguments: '{"numCards":12}',
				},
				{ type: 'function_call_output', call_id: 'call_1_1', output: '{"max":132}' },
			],
			tools: [responsesTool],
		});
		expect(second.json().output).toEqual([
			expect.objectContaining({
				type: 'message',
				role: 'assistant',
				content: [{ type: 'output_text', text: 'At most 132 credits.', annotations: [] }],
			}),
		]);
		const [sentFirst, sentSecond] = sandbox.model.requests;
		expect(sentFirst).toMatchObject({
			api: 'responses',
			path: '/v1/responses',
			tools: [TOOL],
			messages: [
				{ role: 'system', content: 'Use the tools.' },
				{ role: 'user', content: 'How much?' },
			],
		});
		expect(sentSecond.messages.slice(2)).toEqual([
			{
				role: 'assistant',
				content: '',
				toolCalls: [{ id: 'call_1_1', name: TOOL.name, arguments: { numCards: 12 } }],
			},
			{ role: 'tool', content: '{"max":132}', toolCallId: 'call_1_1' },
		]);
	});

	it('Responses with stream: true: created, each item added / its deltas / done, completed, numbered in order', async () => {
		const turns: ScriptedTurn[] = [
			{ toolCalls: [{ name: TOOL.name, arguments: { numCards: 12 } }] },
			{ message: 'At most 132 credits.' },
		];
		sandbox.model.script(turns);
		const body = {
			model: 'gpt-4.1-mini',
			input: 'How much?',
			tools: [responsesTool],
			stream: true,
		};
		const read = async () =>
			readEvents((await api.post('/responses', body)).data as string).map((event) => ({
				event: event.event,
				data: JSON.parse(event.data),
			}));

		const calls = await read();
		for (const { event, data } of calls) expect(event).toBe(data.type);
		expect(calls.map(({ data }) => data.sequence_number)).toEqual(calls.map((_, index) => index));
		expect(calls.map(({ event }) => event)).toEqual([
			'response.created',
			'response.in_progress',
			'response.output_item.added',
			'response.function_call_arguments.delta',
			'response.function_call_arguments.done',
			'response.output_item.done',
			'response.completed',
		]);
		expect(calls[2].data.item).toMatchObject({
			type: 'function_call',
			call_id: 'call_1_1',
			arguments: '',
		});
		expect(calls[3].data.delta).toBe('{"numCards":12}');
		expect(calls.at(-1)?.data.response).toMatchObject({
			status: 'completed',
			output: [{ type: 'function_call', call_id: 'call_1_1', arguments: '{"numCards":12}' }],
		});

		const message = await read();
		expect(message.map(({ event }) => event)).toEqual([
			'response.created',
			'response.in_progress',
			'response.output_item.added',
			'response.content_part.added',
			'response.output_text.delta',
			'response.output_text.done',
			'response.content_part.done',
			'response.output_item.done',
			'response.completed',
		]);
		expect(message.find(({ event }) => event === 'response.output_text.delta')?.data.delta).toBe(
			'At most 132 credits.',
		);
		expect(sandbox.model.requests[0].messages).toEqual([{ role: 'user', content: 'How much?' }]);
	});

	it('a turn can be a function of what the model was sent', async () => {
		sandbox.model.script([
			(request) => ({ message: `You said: ${request.messages.at(-1)?.content}` }),
		]);
		const answer = await post('/chat/completions', {
			model: 'm',
			messages: [{ role: 'user', content: 'hi' }],
		});
		expect(answer.json().choices[0].message.content).toBe('You said: hi');
	});

	it('answers 400 once the script is used up (not 5xx, which clients retry), and 404 elsewhere', async () => {
		sandbox.model.script([{ message: 'only one' }]);
		const body = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
		expect((await post('/chat/completions', body)).status).toBe(200);
		const exhausted = await post('/chat/completions', body);
		expect(exhausted.status).toBe(400);
		expect(exhausted.json().error).toMatchObject({
			code: 'script_exhausted',
			message: expect.stringContaining('no turn left'),
		});
		expect((await post('/embeddings', { input: 'x' })).status).toBe(404);
		expect((await api.get('/chat/completions')).status).toBe(404);
		const invalid = await api.post('/chat/completions', 'not json', {
			headers: { 'content-type': 'application/json' },
		});
		expect(invalid.status).toBe(400);
	});

	it("keeps its requests out of the providers' log, and sandbox.reset() clears its script and requests", async () => {
		sandbox.model.script([{ message: 'one' }, { message: 'two' }]);
		await post('/chat/completions', { model: 'm', messages: [] });
		expect(sandbox.requests).toEqual([]);
		expect(sandbox.model.requests).toHaveLength(1);
		sandbox.reset();
		expect(sandbox.model.requests).toEqual([]);
		expect(sandbox.model.log).toEqual([]);
		expect(sandbox.model.remainingTurns).toBe(0);
	});
});
