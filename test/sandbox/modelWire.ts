/**
 * The two OpenAI APIs a chat model client speaks, as the scripted model reads and answers them:
 * Chat Completions (`POST /v1/chat/completions`) and Responses (`POST /v1/responses`), each as one
 * JSON answer or, with `stream: true`, as server-sent events. Shapes from the OpenAI API
 * reference: https://platform.openai.com/docs/api-reference/chat/create,
 * https://platform.openai.com/docs/api-reference/chat-streaming,
 * https://platform.openai.com/docs/api-reference/responses/create and
 * https://platform.openai.com/docs/api-reference/responses-streaming.
 */
import { isRecord, randomId, type Reply } from './http';

export type ModelApi = 'chat.completions' | 'responses';

/** A tool the request offered the model, as the client described it. */
export interface OfferedTool {
	name: string;
	description: string;
	/** Its JSON schema. */
	parameters: unknown;
}

export interface ModelToolCall {
	id: string;
	name: string;
	/** Parsed from the JSON string the API carries (the string itself when it is not JSON). */
	arguments: unknown;
}

/** One message of the conversation, the same for both APIs. */
export interface ModelMessage {
	role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
	/** Text parts joined; '' when there is none (an assistant turn of tool calls only). */
	content: string;
	/** An assistant turn's tool calls. */
	toolCalls?: ModelToolCall[];
	/** A tool result: the call it answers. */
	toolCallId?: string;
}

/** What the model was sent, read from either API's body. */
export interface ReadRequest {
	model: string;
	stream: boolean;
	tools: OfferedTool[];
	messages: ModelMessage[];
}

/** What a turn of the script answers: tool calls, or the final text. */
export type Answer =
	| { kind: 'toolCalls'; calls: Array<{ id: string; name: string; arguments: string }> }
	| { kind: 'message'; text: string };

export function readRequest(api: ModelApi, body: Record<string, unknown>): ReadRequest {
	const base = {
		model: typeof body.model === 'string' ? body.model : '',
		stream: body.stream === true,
	};
	if (api === 'chat.completions') {
		return { ...base, tools: chatTools(body.tools), messages: chatMessages(body.messages) };
	}
	return {
		...base,
		tools: responsesTools(body.tools),
		messages: responsesInput(body.instructions, body.input),
	};
}

/** Token counts so clients need not estimate them: about four characters a token. */
function usageOf(request: ReadRequest, answer: Answer) {
	const prompt = Math.ceil(JSON.stringify(request.messages).length / 4);
	const completion = Math.ceil(
		(answer.kind === 'message' ? answer.text : JSON.stringify(answer.calls)).length / 4,
	);
	return { prompt, completion, total: prompt + completion };
}

export function answerReply(api: ModelApi, request: ReadRequest, answer: Answer): Reply {
	const created = Math.floor(Date.now() / 1000);
	const usage = usageOf(request, answer);
	if (api === 'chat.completions') {
		const id = `chatcmpl-${randomId(24)}`;
		return request.stream
			? sse(
					chatChunks(id, created, request, answer, usage).map((chunk) => ({ data: chunk })),
					true,
				)
			: { status: 200, body: chatCompletion(id, created, request.model, answer, usage) };
	}
	const response = responseObject(created, request.model, answer, usage);
	return request.stream
		? sse(responseEvents(response).map((event) => ({ event: String(event.type), data: event })))
		: { status: 200, body: response };
}

/** An error in OpenAI's shape: `{ error: { message, type, param, code } }`. */
export function errorReply(status: number, message: string, code: string | null): Reply {
	const type = status >= 500 ? 'server_error' : 'invalid_request_error';
	return { status, body: { error: { message, type, param: null, code } } };
}

// ---- Chat Completions ----

function chatTools(tools: unknown): OfferedTool[] {
	if (!Array.isArray(tools)) return [];
	return tools.filter(isRecord).map((tool) => {
		const fn = isRecord(tool.function) ? tool.function : {};
		return {
			name: String(fn.name ?? ''),
			description: String(fn.description ?? ''),
			parameters: fn.parameters,
		};
	});
}

function chatMessages(messages: unknown): ModelMessage[] {
	if (!Array.isArray(messages)) return [];
	return messages.filter(isRecord).map((message) => {
		const read: ModelMessage = {
			role: roleOf(message.role),
			content: textOf(message.content),
		};
		if (Array.isArray(message.tool_calls)) {
			read.toolCalls = message.tool_calls.filter(isRecord).map((call) => {
				const fn = isRecord(call.function) ? call.function : {};
				return {
					id: String(call.id ?? ''),
					name: String(fn.name ?? ''),
					arguments: parsed(fn.arguments),
				};
			});
		}
		if (typeof message.tool_call_id === 'string') read.toolCallId = message.tool_call_id;
		return read;
	});
}

type Usage = ReturnType<typeof usageOf>;

function chatUsage(usage: Usage) {
	return {
		prompt_tokens: usage.prompt,
		completion_tokens: usage.completion,
		total_tokens: usage.total,
	};
}

function chatToolCalls(answer: Extract<Answer, { kind: 'toolCalls' }>) {
	return answer.calls.map((call) => ({
		id: call.id,
		type: 'function',
		function: { name: call.name, arguments: call.arguments },
	}));
}

function chatCompletion(id: string, created: number, model: string, answer: Answer, usage: Usage) {
	const message =
		answer.kind === 'toolCalls'
			? { role: 'assistant', content: null, tool_calls: chatToolCalls(answer), refusal: null }
			: { role: 'assistant', content: answer.text, refusal: null };
	return {
		id,
		object: 'chat.completion',
		created,
		model,
		choices: [
			{
				index: 0,
				message,
				logprobs: null,
				finish_reason: answer.kind === 'toolCalls' ? 'tool_calls' : 'stop',
			},
		],
		usage: chatUsage(usage),
	};
}

/** The role first, then the text or each call (its name, then its arguments), then the finish. */
function chatChunks(
	id: string,
	created: number,
	request: ReadRequest,
	answer: Answer,
	usage: Usage,
) {
	const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
		id,
		object: 'chat.completion.chunk',
		created,
		model: request.model,
		choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
	});
	const chunks: unknown[] = [
		chunk({ role: 'assistant', content: answer.kind === 'message' ? '' : null }),
	];
	if (answer.kind === 'message') {
		chunks.push(chunk({ content: answer.text }));
	} else {
		answer.calls.forEach((call, index) => {
			chunks.push(
				chunk({
					tool_calls: [
						{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
					],
				}),
				chunk({ tool_calls: [{ index, function: { arguments: call.arguments } }] }),
			);
		});
	}
	chunks.push(chunk({}, answer.kind === 'toolCalls' ? 'tool_calls' : 'stop'));
	// Sent when the request asks for it (stream_options.include_usage); harmless otherwise.
	chunks.push({
		id,
		object: 'chat.completion.chunk',
		created,
		model: request.model,
		choices: [],
		usage: chatUsage(usage),
	});
	return chunks;
}

// ---- Responses ----

function responsesTools(tools: unknown): OfferedTool[] {
	if (!Array.isArray(tools)) return [];
	return tools
		.filter(isRecord)
		.filter((tool) => tool.type === 'function')
		.map((tool) => ({
			name: String(tool.name ?? ''),
			description: String(tool.description ?? ''),
			parameters: tool.parameters,
		}));
}

/** Input items: messages, and the function calls and their outputs of earlier turns. */
function responsesInput(instructions: unknown, input: unknown): ModelMessage[] {
	const messages: ModelMessage[] = [];
	if (typeof instructions === 'string' && instructions) {
		messages.push({ role: 'system', content: instructions });
	}
	if (typeof input === 'string') return [...messages, { role: 'user', content: input }];
	if (!Array.isArray(input)) return messages;
	for (const item of input.filter(isRecord)) {
		if (item.type === 'function_call') {
			const call = {
				id: String(item.call_id ?? ''),
				name: String(item.name ?? ''),
				arguments: parsed(item.arguments),
			};
			const last = messages.at(-1);
			// Calls of one turn are one assistant message, as in Chat Completions.
			if (last?.role === 'assistant' && last.toolCalls && !last.content) last.toolCalls.push(call);
			else messages.push({ role: 'assistant', content: '', toolCalls: [call] });
		} else if (item.type === 'function_call_output') {
			messages.push({
				role: 'tool',
				content: textOf(item.output),
				toolCallId: String(item.call_id ?? ''),
			});
		} else if (item.role !== undefined) {
			messages.push({ role: roleOf(item.role), content: textOf(item.content) });
		}
	}
	return messages;
}

function responseObject(created: number, model: string, answer: Answer, usage: Usage) {
	const output =
		answer.kind === 'toolCalls'
			? answer.calls.map((call) => ({
					type: 'function_call',
					id: `fc_${randomId(24)}`,
					call_id: call.id,
					name: call.name,
					arguments: call.arguments,
					status: 'completed',
				}))
			: [
					{
						type: 'message',
						id: `msg_${randomId(24)}`,
						status: 'completed',
						role: 'assistant',
						content: [{ type: 'output_text', text: answer.text, annotations: [] }],
					},
				];
	return {
		id: `resp_${randomId(24)}`,
		object: 'response',
		created_at: created,
		status: 'completed',
		error: null,
		incomplete_details: null,
		model,
		output,
		parallel_tool_calls: true,
		tool_choice: 'auto',
		usage: {
			input_tokens: usage.prompt,
			input_tokens_details: { cached_tokens: 0 },
			output_tokens: usage.completion,
			output_tokens_details: { reasoning_tokens: 0 },
			total_tokens: usage.total,
		},
	};
}

type ResponseObject = ReturnType<typeof responseObject>;

/** created, each output item added / its deltas / done, completed; numbered in order. */
function responseEvents(response: ResponseObject): Array<Record<string, unknown>> {
	const events: Array<Record<string, unknown>> = [];
	const inProgress = { ...response, status: 'in_progress', output: [], usage: null };
	events.push({ type: 'response.created', response: inProgress });
	events.push({ type: 'response.in_progress', response: inProgress });
	response.output.forEach((item, outputIndex) => {
		if (item.type === 'function_call' && 'call_id' in item) {
			events.push({
				type: 'response.output_item.added',
				output_index: outputIndex,
				item: { ...item, arguments: '', status: 'in_progress' },
			});
			events.push({
				type: 'response.function_call_arguments.delta',
				item_id: item.id,
				output_index: outputIndex,
				delta: item.arguments,
			});
			events.push({
				type: 'response.function_call_arguments.done',
				item_id: item.id,
				output_index: outputIndex,
				arguments: item.arguments,
			});
		} else if ('content' in item) {
			const [part] = item.content;
			events.push({
				type: 'response.output_item.added',
				output_index: outputIndex,
				item: { ...item, content: [], status: 'in_progress' },
			});
			events.push({
				type: 'response.content_part.added',
				item_id: item.id,
				output_index: outputIndex,
				content_index: 0,
				part: { ...part, text: '' },
			});
			events.push({
				type: 'response.output_text.delta',
				item_id: item.id,
				output_index: outputIndex,
				content_index: 0,
				delta: part.text,
			});
			events.push({
				type: 'response.output_text.done',
				item_id: item.id,
				output_index: outputIndex,
				content_index: 0,
				text: part.text,
			});
			events.push({
				type: 'response.content_part.done',
				item_id: item.id,
				output_index: outputIndex,
				content_index: 0,
				part,
			});
		}
		events.push({ type: 'response.output_item.done', output_index: outputIndex, item });
	});
	events.push({ type: 'response.completed', response });
	return events.map((event, sequence) => ({ ...event, sequence_number: sequence }));
}

// ---- shared ----

/** Server-sent events, all in one body (clients read them as they come either way). */
function sse(events: Array<{ event?: string; data: unknown }>, done = false): Reply {
	const lines = events.map(
		({ event, data }) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`,
	);
	if (done) lines.push('data: [DONE]\n\n');
	return {
		status: 200,
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
		body: Buffer.from(lines.join(''), 'utf8'),
	};
}

const ROLES: ReadonlyArray<ModelMessage['role']> = [
	'system',
	'developer',
	'user',
	'assistant',
	'tool',
];

function roleOf(role: unknown): ModelMessage['role'] {
	return ROLES.find((known) => known === role) ?? 'user';
}

/** A string, or the text of content parts (`{ type: 'text' | 'input_text' | 'output_text', text }`). */
function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content))
		return content === null || content === undefined ? '' : JSON.stringify(content);
	return content
		.map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
		.join('');
}

function parsed(text: unknown): unknown {
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
