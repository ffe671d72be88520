import { EXPORT_CONTENT_TYPES, exportFile, type ExportFormat } from './files';
import { planAgentGeneration } from './gammaAgent';
import { agentStatus } from './gammaAgentStatus';
import { gammaUrl, optional, slug } from './gammaLinks';
import { GAMMA_FOLDERS, GAMMA_THEMES, listPage, searchTemplates } from './gammaCatalog';
import type { GammaGenerationStore } from './gammaGenerations';
import { gammaMe } from './gammaMe';
import { planStandardGeneration, planTemplateGeneration, type PlanResult } from './gammaRequests';
import { json, type Reply } from './http';
import type { ApiRequest, ProviderApi } from './providerApi';
import type { GammaGeneration, GammaPlan, ResolvedSandboxOptions } from './types';

/** Export URLs end in the file's extension; a png export is a zip of one image per card. */
const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', pptx: 'pptx', png: 'zip' };

export function gammaError(
	status: number,
	message: string,
	extra?: Record<string, unknown>,
): Reply {
	return json(status, { message, statusCode: status, ...extra });
}

export class GammaApi implements ProviderApi {
	/** Starts at `SandboxOptions.gammaNotFoundCarriesCredits`; changed by the sandbox. */
	notFoundCarriesCredits: boolean;
	/** Starts at `SandboxOptions.gammaStatusIncludesTitle`; changed by the sandbox. */
	statusIncludesTitle: boolean;
	/** Starts at `SandboxOptions.gammaAgentRejectsTheme`; changed by the sandbox. */
	agentRejectsTheme: boolean;

	constructor(
		private readonly balances: Map<string, number>,
		private readonly plans: ReadonlyMap<string, GammaPlan>,
		private readonly imageModels: ReadonlyMap<string, readonly string[]>,
		private readonly generations: GammaGenerationStore,
		private readonly options: ResolvedSandboxOptions,
	) {
		this.notFoundCarriesCredits = options.gammaNotFoundCarriesCredits;
		this.statusIncludesTitle = options.gammaStatusIncludesTitle;
		this.agentRejectsTheme = options.gammaAgentRejectsTheme;
	}

	errorReply(status: number, message: string): Reply {
		return gammaError(status, message);
	}

	handle(request: ApiRequest): Reply {
		this.generations.settleDue(request.now);
		const { method, path } = request;

		const exportMatch = /^\/exports\/([A-Za-z0-9_]+)\.(pdf|pptx|zip)$/.exec(path);
		if (method === 'GET' && exportMatch) return this.serveExport(exportMatch[1], exportMatch[2]);

		const route = this.route(request);
		if (!route) return gammaError(404, `Cannot ${method} ${path}`);
		const apiKey = request.headers['x-api-key'];
		if (apiKey === undefined || !this.balances.has(apiKey))
			return gammaError(401, 'Invalid API key');
		if (method !== 'POST') return route(apiKey, undefined);
		if (request.body.kind !== 'json') {
			return gammaError(400, 'Input validation errors: 1. body must be a JSON object');
		}
		return route(apiKey, request.body.value);
	}

	private route(request: ApiRequest): ((apiKey: string, body: unknown) => Reply) | undefined {
		const { method, path, now } = request;
		if (method === 'POST' && path === '/v1.0/generations') {
			return (apiKey, body) => {
				const plan = this.plans.get(apiKey) ?? this.options.gammaPlan;
				return this.create(apiKey, body, now, planStandardGeneration(body, this.options, { plan }));
			};
		}
		if (method === 'POST' && path === '/v1.0/generations/from-template') {
			return (apiKey, body) =>
				this.create(apiKey, body, now, planTemplateGeneration(body, this.options));
		}
		if (method === 'POST' && path === '/v1.0/agent/generations') {
			return (apiKey, body) =>
				this.create(
					apiKey,
					body,
					now,
					planAgentGeneration(body, this.options, this.agentRejectsTheme),
					202,
				);
		}
		if (method !== 'GET') return undefined;
		const generationMatch = /^\/v1\.0\/(agent\/)?generations\/([^/]+)$/.exec(path);
		if (generationMatch) {
			const id = decodeURIComponent(generationMatch[2]);
			return generationMatch[1]
				? (apiKey) => this.agentStatus(apiKey, id, request.baseUrl, now)
				: (apiKey) => this.status(apiKey, id, request.baseUrl);
		}
		if (path === '/v1.0/templates/search') {
			return () => {
				const result = searchTemplates(request.query);
				return result.ok ? json(200, result.body) : gammaError(400, result.message);
			};
		}
		if (path === '/v1.0/themes') return () => this.list(GAMMA_THEMES, request.query);
		if (path === '/v1.0/folders') return () => this.list(GAMMA_FOLDERS, request.query);
		if (path === '/v1.0/me') {
			return (apiKey) =>
				json(
					200,
					gammaMe(
						apiKey,
						this.plans.get(apiKey) ?? this.options.gammaPlan,
						this.imageModels.get(apiKey),
					),
				);
		}
		return undefined;
	}

	private create(
		apiKey: string,
		body: unknown,
		now: number,
		result: PlanResult,
		status = 200,
	): Reply {
		if (!result.ok) return gammaError(400, result.message);
		const { plan } = result;
		const allowed = this.imageModels.get(apiKey);
		// 403 is also Gamma's "plan or feature not enabled" (https://developers.gamma.app/reference/error-codes).
		if (plan.images > 0 && allowed && !allowed.includes(plan.imageModel)) {
			return gammaError(403, `Image model ${plan.imageModel} is not available on your plan`);
		}
		const balance = this.balances.get(apiKey) ?? 0;
		if (balance < plan.charge) {
			return gammaError(
				this.options.gammaInsufficientCreditsStatus,
				`Insufficient credits: this generation needs ${plan.charge} credits and ${balance} remain`,
			);
		}
		const generation = this.generations.create(apiKey, body, plan, now);
		return json(status, {
			generationId: generation.id,
			...(generation.warnings === undefined ? {} : { warnings: generation.warnings }),
		});
	}

	/** Gamma 5 ids are not found here, nor classic ones under /agent. */
	private status(apiKey: string, id: string, baseUrl: string): Reply {
		const found = this.generations.find(apiKey, id);
		const generation = found?.kind === 'agent' ? undefined : found;
		if (!generation) {
			const credits = { deducted: 0, remaining: this.balances.get(apiKey) ?? 0 };
			return gammaError(
				404,
				`Generation ID not found. generationId: ${id}`,
				this.notFoundCarriesCredits ? { credits } : undefined,
			);
		}
		if (generation.status === 'pending') return json(200, { generationId: id, status: 'pending' });
		if (generation.status === 'failed') {
			return json(200, { generationId: id, status: 'failed', error: generation.error });
		}
		return json(200, {
			generationId: id,
			status: 'completed',
			gammaId: generation.gammaId,
			gammaUrl: gammaUrl(generation),
			...optional('exportUrl', exportUrl(generation, baseUrl)),
			...(this.statusIncludesTitle ? { title: generation.title } : {}),
			credits: { deducted: generation.creditsDeducted, remaining: generation.creditsRemaining },
		});
	}

	private agentStatus(apiKey: string, id: string, baseUrl: string, now: number): Reply {
		const generation = this.generations.find(apiKey, id);
		if (generation?.kind !== 'agent') {
			return gammaError(404, `Generation ID not found. generationId: ${id}`);
		}
		const progress = this.generations.progress(generation, now);
		return json(200, agentStatus(generation, progress, exportUrl(generation, baseUrl)));
	}

	private list<T extends { id: string; name: string }>(
		items: readonly T[],
		query: Record<string, string>,
	): Reply {
		const result = listPage(items, query);
		return result.ok ? json(200, result.page) : gammaError(400, result.message);
	}

	/** No auth: real export URLs are signed. */
	private serveExport(id: string, extension: string): Reply {
		const generation = this.generations.findById(id);
		if (!isExportable(generation) || EXPORT_EXTENSIONS[generation.exportAs] !== extension) {
			return gammaError(404, 'Export not found');
		}
		return {
			status: 200,
			headers: {
				'content-type': EXPORT_CONTENT_TYPES[generation.exportAs],
				'content-disposition': `attachment; filename="${slug(generation.title)}.${extension}"`,
			},
			body: exportFile(generation.exportAs, generation.title, generation.cards),
		};
	}
}

function exportUrl(generation: GammaGeneration, baseUrl: string): string | undefined {
	if (generation.exportAs === undefined) return undefined;
	return `${baseUrl}/exports/${generation.id}.${EXPORT_EXTENSIONS[generation.exportAs]}`;
}

function isExportable(
	generation: GammaGeneration | undefined,
): generation is GammaGeneration & { exportAs: ExportFormat } {
	return generation?.status === 'completed' && generation.exportAs !== undefined;
}
