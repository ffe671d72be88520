/**
 * An OpenAI-compatible chat model that answers from a script: each chat request takes the next
 * turn (tool calls, or a final message), and every request is kept, read the same way for both
 * APIs, so a test can check the messages and tools a client sent. Served by the sandbox under
 * /openai: point an OpenAI credential's Base URL at `sandbox.modelBaseUrl` (…/openai/v1).
 *
 * Routes (https://platform.openai.com/docs/api-reference): GET /v1/models (what model pickers
 * list and credential tests read), POST /v1/chat/completions and POST /v1/responses, each as JSON
 * or, with `stream: true`, as server-sent events. A bearer key, as OpenAI takes it.
 */
import type { ParsedBody, Reply } from './http';
import { isRecord } from './http';
import {
	answerReply,
	errorReply,
	readRequest,
	type Answer,
	type ModelApi,
	type ModelMessage,
	type OfferedTool,
	type ReadRequest,
} from './modelWire';

export type { ModelApi, ModelMessage, ModelToolCall, OfferedTool } from './modelWire';

export const SANDBOX_MODEL_KEY = 'sk-sandbox-model-default-0001';

/** The model ids GET /v1/models lists; any id is answered. */
export const SANDBOX_MODEL_IDS = ['gpt-4.1-mini', 'sandbox-scripted'] as const;

export interface ScriptedToolCall {
	name: string;
	arguments: Record<string, unknown>;
	/** Default `call_<turn>_<index>` (turns and calls from 1). */
	id?: string;
}

export type ScriptedTurn =
	| { toolCalls: ScriptedToolCall[] }
	| { message: string }
	/** Decides from what the model was sent (e.g. a number a tool answered). */
	| ((request: ModelRequest) => { toolCalls: ScriptedToolCall[] } | { message: string });

/** A request as the model received it. */
export interface ModelRequest extends ReadRequest {
	api: ModelApi;
	method: string;
	/** e.g. /v1/chat/completions */
	path: string;
	headers: Record<string, string>;
	/** The JSON body as sent. */
	body: unknown;
	/** The status answered. */
	status: number;
	/** Which turn of the script answered it (from 1); absent when none did. */
	turn?: number;
	/** The tool call ids the answer carried. */
	answeredToolCallIds?: string[];
}

export interface ModelHttpRequest {
	method: string;
	/** Within /openai, e.g. /v1/responses. */
	path: string;
	headers: Record<string, string>;
	body: ParsedBody;
}

export interface ModelLogEntry {
	method: string;
	path: string;
	status: number;
}

const CHAT_PATHS: Record<string, ModelApi> = {
	'/v1/chat/completions': 'chat.completions',
	'/v1/responses': 'responses',
};

export class ScriptedModel {
	readonly apiKey = SANDBOX_MODEL_KEY;
	/** Chat requests (both APIs), in order. */
	readonly requests: ModelRequest[] = [];
	/** Every request, chat or not (GET /v1/models too). */
	readonly log: ModelLogEntry[] = [];
	private turns: ScriptedTurn[] = [];
	private next = 0;

	/** Replaces the script; the next chat request gets its first turn. */
	script(turns: ScriptedTurn[]): void {
		this.turns = [...turns];
		this.next = 0;
	}

	/** Turns not answered yet. */
	get remainingTurns(): number {
		return this.turns.length - this.next;
	}

	/** No script, no requests. */
	reset(): void {
		this.script([]);
		this.requests.length = 0;
		this.log.length = 0;
	}

	handle(request: ModelHttpRequest): Reply {
		const reply = this.answer(request);
		this.log.push({ method: request.method, path: request.path, status: reply.status });
		return reply;
	}

	private answer(request: ModelHttpRequest): Reply {
		const api = CHAT_PATHS[request.path];
		const body = request.body.kind === 'json' ? request.body.value : undefined;
		const entry: ModelRequest | undefined =
			api && request.method === 'POST' && isRecord(body)
				? {
						api,
						method: request.method,
						path: request.path,
						headers: request.headers,
						body,
						status: 0,
						...readRequest(api, body),
					}
				: undefined;
		const reply = this.route(request, api, entry);
		if (entry) {
			entry.status = reply.status;
			this.requests.push(entry);
		}
		return reply;
	}

	private route(request: ModelHttpRequest, api: ModelApi | undefined, entry?: ModelRequest): Reply {
		const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
		if (bearer !== this.apiKey) {
			// OpenAI's 401 names the key masked: its start and its last four characters.
			const shown = bearer ? `${bearer.slice(0, 3)}*****${bearer.slice(-4)}` : '';
			return errorReply(
				401,
				bearer
					? `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`
					: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
				bearer ? 'invalid_api_key' : null,
			);
		}
		if (request.method === 'GET' && request.path === '/v1/models') {
			return {
				status: 200,
				body: {
					object: 'list',
					data: SANDBOX_MODEL_IDS.map((id) => ({
						id,
						object: 'model',
						created: 1_700_000_000,
						owned_by: 'sandbox',
					})),
				},
			};
		}
		if (!api || request.method !== 'POST') {
			return errorReply(404, `Invalid URL (${request.method} ${request.path})`, null);
		}
		if (!entry) return errorReply(400, 'We could not parse the JSON body of your request.', null);
		if (this.next >= this.turns.length) {
			// 400, not 5xx: clients retry server errors, and there is nothing more to answer.
			return errorReply(
				400,
				`The sandbox model's script has no turn left (${this.turns.length} turns, all answered)`,
				'script_exhausted',
			);
		}
		const turnNumber = this.next + 1;
		const scripted = this.turns[this.next];
		this.next += 1;
		const turn = typeof scripted === 'function' ? scripted(entry) : scripted;
		const answer: Answer =
			'toolCalls' in turn
				? {
						kind: 'toolCalls',
						calls: turn.toolCalls.map((call, index) => ({
							id: call.id ?? `call_${turnNumber}_${index + 1}`,
							name: call.name,
							arguments: JSON.stringify(call.arguments),
						})),
					}
				: { kind: 'message', text: turn.message };
		entry.turn = turnNumber;
		if (answer.kind === 'toolCalls')
			entry.answeredToolCallIds = answer.calls.map((call) => call.id);
		return answerReply(api, entry, answer);
	}
}

/** The tool results a request carried, by the call they answer. */
export function toolResults(request: ModelRequest): Map<string, ModelMessage> {
	return new Map(
		request.messages
			.filter((message) => message.role === 'tool' && message.toolCallId !== undefined)
			.map((message) => [message.toolCallId as string, message]),
	);
}

/** The tools a request offered, by name. */
export function offeredTools(request: ModelRequest): Map<string, OfferedTool> {
	return new Map(request.tools.map((tool) => [tool.name, tool]));
}
